package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cmlnetwork.web.setup.Settings;

/**
 * The mail catcher of the servers the build runs ({@code cml.mail.catcher}, never set in a real installation):
 * each email the site sends is kept here (the latest {@link #KEPT}, in memory) for the "Caught emails" page
 * and written to the log with its links, so someone trying the site joins, confirms and signs in with no mail
 * server of their own. {@code only}: nothing goes to a mail server; {@code copy}: it goes as well (the tests'
 * server, whose emails the tests read from their SMTP server). Off, it keeps nothing and the page is not there.
 */
@ApplicationScoped
public class MailCatcher {
    private static final Logger LOG = Logger.getLogger(MailCatcher.class.getName());
    static final int KEPT = 200;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')]+");

    /** One email as the catcher kept it. */
    public record CaughtEmail(Instant at, String to, String subject, String text, List<String> links) {
    }

    @Inject
    Settings settings;

    private final Deque<CaughtEmail> caught = new ArrayDeque<>();

    /** Whether emails are caught at all: the page is only there when they are. */
    public boolean isOn() {
        String mode = mode();
        return "only".equals(mode) || "copy".equals(mode);
    }

    /** Whether emails are only caught, never handed to a mail server. */
    public boolean catchesOnly() {
        return "only".equals(mode());
    }

    private String mode() {
        return settings.mailCatcher().toLowerCase(Locale.ROOT);
    }

    /** Keeps the email and logs it with its links. */
    public void keep(MimeMessage message) {
        CaughtEmail email;
        try {
            String text = textOf(message);
            List<String> links = new ArrayList<>();
            Matcher found = LINK.matcher(text);
            while (found.find()) {
                if (!links.contains(found.group())) {
                    links.add(found.group());
                }
            }
            email = new CaughtEmail(Instant.now(), String.join(", ", recipients(message)), message.getSubject(), text, links);
        } catch (MessagingException | IOException unreadable) {
            LOG.warning("The mail catcher could not read an email: " + unreadable.getMessage());
            return;
        }
        synchronized (caught) {
            caught.addFirst(email);
            while (caught.size() > KEPT) {
                caught.removeLast();
            }
        }
        LOG.info("Caught email to " + email.to() + ": \"" + email.subject() + "\""
                + (email.links().isEmpty() ? "" : ", links: " + String.join(" ", email.links())));
    }

    /** The emails kept, newest first. */
    public List<CaughtEmail> caught() {
        synchronized (caught) {
            return List.copyOf(caught);
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        List<String> to = new ArrayList<>();
        if (message.getAllRecipients() != null) {
            for (var address : message.getAllRecipients()) {
                to.add(address.toString());
            }
        }
        return to;
    }

    /** The plain text of the email: its text/plain part (the HTML one says the same). */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart each = parts.getBodyPart(i);
                String text = textOf(each);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
