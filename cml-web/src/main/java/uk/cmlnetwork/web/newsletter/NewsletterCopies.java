package uk.cmlnetwork.web.newsletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.cmlnetwork.newsletter.Delivery;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.web.Settings;

/**
 * Each subscriber's copy of an issue: the issue's letter is prepared once and kept, each copy gets
 * its own address, unsubscribe links and Message-ID. Also the coordinator's test copy.
 */
@ApplicationScoped
public class NewsletterCopies {
    @Resource(lookup = "mail/cml")
    Session mail;

    @Inject
    NewsletterSteps steps;

    @Inject
    Settings settings;

    private final Map<String, PreparedLetter> letters = new ConcurrentHashMap<>();

    /** The copy of its issue that this delivery is for. */
    MimeMessage copyFor(Delivery delivery) throws MessagingException, UnsupportedEncodingException {
        PreparedLetter letter = letters.computeIfAbsent(delivery.key().issueId(),
                id -> new PreparedLetter(mail, new NewsletterLetter(steps.issue(id), settings.siteUrl())));
        String messageId = "<" + delivery.key().issueId() + "." + delivery.key().subscriberId() + "@" + siteHost() + ">";
        MimeMessage copy = copy(letter, delivery.email(), delivery.name(), unsubscribeUrl(delivery.unsubscribeToken()), messageId);
        copy.setHeader("List-Unsubscribe", "<" + settings.siteUrl() + "newsletter/unsubscribe?token="
                + URLEncoder.encode(delivery.unsubscribeToken(), StandardCharsets.UTF_8) + ">");
        copy.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return copy;
    }

    /** Sends the issue at once to one person (a coordinator's test), outside the outbox. */
    public void sendTest(NewsletterIssue issue, String email, String name) throws MessagingException, UnsupportedEncodingException {
        PreparedLetter letter = new PreparedLetter(mail, new NewsletterLetter(issue, settings.siteUrl()));
        MimeMessage copy = copy(letter, email, name, settings.siteUrl() + "newsletter.xhtml", null);
        copy.setHeader("Subject", PreparedLetter.subjectHeader("[Test] " + letter.subject()));
        Transport.send(copy);
    }

    private MimeMessage copy(PreparedLetter letter, String email, String name, String unsubscribe, String messageId)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage copy = new NewsletterCopy(mail, letter, new InternetAddress(email, name, "UTF-8"), unsubscribe, messageId);
        copy.setHeader("List-Id", "CML Network newsletter <newsletter." + siteHost() + ">");
        copy.setHeader("Precedence", "bulk");
        copy.saveChanges();
        return copy;
    }

    private String unsubscribeUrl(String token) {
        return settings.siteUrl() + "unsubscribe.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private String siteHost() {
        return settings.siteHost();
    }
}
