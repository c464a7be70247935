package uk.cmlnetwork.web.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.web.setup.Settings;

/**
 * An outbox email as the mail server gets it: its text, with the event's calendar file attached when it
 * has one; a newsletter copy written from its issue, with the subscriber's own unsubscribe links. The
 * Message-ID comes from the email's id, so a copy sent again (its sender died before recording it sent)
 * can be told for the same message.
 */
@ApplicationScoped
public class MailMessages {
    @Resource(lookup = "mail/cml")
    Session mail;

    @Inject
    OutboxSteps steps;

    @Inject
    Settings settings;

    /** The issues a batch's newsletter copies are written from, each read (and written out) once per batch. */
    public static final class Issues {
        private final Map<String, NewsletterLetter> letters = new HashMap<>();
        private final Function<String, NewsletterLetter> read;

        Issues(Function<String, NewsletterLetter> read) {
            this.read = read;
        }

        NewsletterLetter letter(String issueId) {
            return letters.computeIfAbsent(issueId, read);
        }
    }

    public Issues issues() {
        return new Issues(id -> new NewsletterLetter(steps.issue(id), settings.siteUrl()));
    }

    public MimeMessage of(OutgoingEmail email, Issues issues) throws MessagingException {
        String messageId = "<" + email.id() + "@" + settings.siteHost() + ">";
        MimeMessage message = new MimeMessage(mail) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, address(email));
        if (email.replyTo() != null) {
            message.setReplyTo(new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(email.replyTo())});
        }
        message.setSentDate(Date.from(email.queuedAt()));
        if (email.newsletterIssueId() != null) {
            writeNewsletter(message, email, issues.letter(email.newsletterIssueId()));
        } else if (email.calendar() == null) {
            message.setSubject(email.subject(), "UTF-8");
            message.setText(email.body(), "UTF-8");
        } else {
            message.setSubject(email.subject(), "UTF-8");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(email.body(), "UTF-8");
            MimeBodyPart invitation = new MimeBodyPart();
            // The part's method says what the file does: adds or updates the event (PUBLISH) or takes it out (CANCEL).
            String method = email.calendar().contains("\nMETHOD:CANCEL") ? "CANCEL" : "PUBLISH";
            invitation.setContent(email.calendar(), "text/calendar; charset=UTF-8; method=" + method);
            invitation.setFileName("event.ics");
            message.setContent(new MimeMultipart(body, invitation));
        }
        message.saveChanges();
        return message;
    }

    private void writeNewsletter(MimeMessage message, OutgoingEmail email, NewsletterLetter letter)
            throws MessagingException {
        boolean test = MailOutbox.NEWSLETTER_TEST.equals(email.kind());
        String unsubscribe = test ? settings.siteUrl() + "newsletter.xhtml"
                : settings.siteUrl() + "unsubscribe.xhtml?token=" + encoded(email.unsubscribeToken());
        message.setSubject((test ? "[Test] " : "") + letter.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(unsubscribe), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html(unsubscribe), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.setHeader("List-Id", "CML Network newsletter <newsletter." + settings.siteHost() + ">");
        message.setHeader("Precedence", "bulk");
        if (!test) {
            message.setHeader("List-Unsubscribe", "<" + settings.siteUrl() + "newsletter/unsubscribe?token="
                    + encoded(email.unsubscribeToken()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    private static InternetAddress address(OutgoingEmail email) throws MessagingException {
        try {
            return new InternetAddress(email.toEmail(), email.toName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not available", e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
