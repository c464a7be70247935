package uk.cmlnetwork.web.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.web.Settings;

/** The emails members get about their account, sent through the server's mail session (mail/cml). */
@ApplicationScoped
public class MemberMail {
    @Resource(lookup = "mail/cml")
    Session mail;

    @Inject
    Settings settings;

    public void confirmEmail(Member member, String token) {
        send(member, "Confirm your email address for CML Network",
                "Hello " + member.name() + ",\n\n"
                        + "Thank you for joining CML Network. Confirm your email address by opening this link "
                        + "within 48 hours:\n\n" + link("confirm-email.xhtml", token) + "\n\n"
                        + "If you did not join, ignore this email and nothing more will happen.\n");
    }

    public void resetPassword(Member member, String token) {
        send(member, "Reset your CML Network password",
                "Hello " + member.name() + ",\n\n"
                        + "Someone asked to reset the password of your CML Network account. If it was you, "
                        + "choose a new password by opening this link within an hour:\n\n"
                        + link("reset-password.xhtml", token) + "\n\n"
                        + "If it was not you, ignore this email: your password has not changed.\n");
    }

    private String link(String page, String token) {
        return settings.siteUrl() + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(Member member, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(member.email(), member.name(), "UTF-8"));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailNotSent(e);
        }
    }

    /** The email could not be handed to the mail server; the change that needed it is rolled back. */
    public static class MailNotSent extends RuntimeException {
        public MailNotSent(Exception cause) {
            super("We could not send the email just now. Please try again in a few minutes.", cause);
        }
    }
}
