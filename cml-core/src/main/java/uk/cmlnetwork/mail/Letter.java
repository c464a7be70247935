package uk.cmlnetwork.mail;

/**
 * An email to queue: plain text, with an optional iCalendar attachment.
 *
 * @param kind what it is about, e.g. "booking" or "account"
 * @param calendar the text of an .ics file to attach, or null
 */
public record Letter(String kind, String toEmail, String toName, String subject, String body, String calendar) {
    public Letter(String kind, String toEmail, String toName, String subject, String body) {
        this(kind, toEmail, toName, subject, body, null);
    }
}
