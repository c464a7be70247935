package uk.cmlnetwork.mail;

/**
 * An email to queue: plain text, with an optional iCalendar attachment.
 *
 * @param kind what it is about, e.g. "booking" or "account"
 * @param calendar the text of an .ics file to attach, or null
 * @param replyTo where a reply goes instead of the site's own address (answering by email), or null
 */
public record Letter(String kind, String toEmail, String toName, String subject, String body, String calendar,
                     String replyTo) {
    public Letter(String kind, String toEmail, String toName, String subject, String body, String calendar) {
        this(kind, toEmail, toName, subject, body, calendar, null);
    }

    public Letter(String kind, String toEmail, String toName, String subject, String body) {
        this(kind, toEmail, toName, subject, body, null, null);
    }

    /** The same letter, its replies going to this address. */
    public Letter replyingTo(String address) {
        return new Letter(kind, toEmail, toName, subject, body, calendar, address);
    }
}
