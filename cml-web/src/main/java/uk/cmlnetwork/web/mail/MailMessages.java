package uk.cmlnetwork.web.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import uk.cmlnetwork.mail.OutgoingEmail;

/**
 * An outbox email as the mail server gets it: its text, and the event's calendar file attached when it
 * has one. The Message-ID comes from the email's id, so a copy sent again (its sender died before
 * recording it sent) can be told for the same message.
 */
final class MailMessages {
    private MailMessages() {
    }

    static MimeMessage of(OutgoingEmail email, Session mail, String siteHost)
            throws MessagingException, UnsupportedEncodingException {
        String messageId = "<" + email.id() + "@" + siteHost + ">";
        MimeMessage message = new MimeMessage(mail) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.toEmail(), email.toName(), "UTF-8"));
        message.setSubject(email.subject(), "UTF-8");
        if (email.calendar() == null) {
            message.setText(email.body(), "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(email.body(), "UTF-8");
            MimeBodyPart invitation = new MimeBodyPart();
            invitation.setContent(email.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
            invitation.setFileName("event.ics");
            message.setContent(new MimeMultipart(body, invitation));
        }
        message.setSentDate(Date.from(email.queuedAt()));
        message.saveChanges();
        return message;
    }
}
