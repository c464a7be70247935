package uk.cmlnetwork.web.background;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.web.advice.AdviceFacade;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Reads the replies mailbox over IMAP (when cml.replies.address is set): each reply to a notification
 * becomes the member's answer if it comes from the member the notification was sent to and carries that
 * notification's own reply address; otherwise its sender is told why not. Automatic replies (out of
 * office) are dropped without an answer, so two robots never write to each other. Each message is
 * deleted once dealt with.
 */
@ApplicationScoped
public class EmailedAnswers {
    private static final Logger LOG = Logger.getLogger(EmailedAnswers.class.getName());

    @Inject
    Settings settings;

    @Inject
    AdviceFacade advice;

    private volatile boolean warned;

    void readNew() {
        String replies = settings.repliesAddress();
        if (replies.isEmpty()) {
            return;
        }
        Settings.RepliesMailbox box = settings.repliesMailbox();
        Properties properties = new Properties();
        String protocol = box.tls() ? "imaps" : "imap";
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(box.host(), box.port(), box.user(), box.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    try {
                        handle(message, replies);
                    } catch (MessagingException unreadable) {
                        LOG.warning("A message in the replies mailbox could not be read (" + unreadable.getMessage()
                                + "); it is deleted unanswered");
                    } finally {
                        message.setFlag(Flags.Flag.DELETED, true); // never read twice, even if it cannot be read
                    }
                }
            } finally {
                inbox.close(true);
            }
            warned = false;
        } catch (MessagingException unreachable) {
            if (!warned) {
                LOG.warning("The replies mailbox " + box + " cannot be read (" + unreachable.getMessage()
                        + "); answers by email wait until it can");
                warned = true;
            }
        }
    }

    private void handle(Message message, String replies) throws MessagingException {
        String[] auto = message.getHeader("Auto-Submitted");
        if (auto != null && auto.length > 0 && !"no".equalsIgnoreCase(auto[0].strip())) {
            return;
        }
        Address[] senders = message.getFrom();
        String from = senders == null || senders.length == 0 ? null : ((InternetAddress) senders[0]).getAddress();
        String subject = message.getSubject() == null ? "(no subject)" : message.getSubject();
        try {
            advice.answerByEmail(token(message, replies), from, text(message));
        } catch (DomainException refused) {
            if (from != null) {
                advice.refuseEmailedAnswer(from, subject, refused.getMessage());
            }
        } catch (RuntimeException failed) {
            LOG.warning("An answer by email could not be added now (" + failed + "); its sender is told");
            if (from != null) {
                advice.refuseEmailedAnswer(from, subject, "Something went wrong on our side. Answer on the question's page");
            }
        }
    }

    /** The token of replies+token@... among the recipients, or null. */
    private static String token(Message message, String replies) throws MessagingException {
        int at = replies.indexOf('@');
        String prefix = replies.substring(0, at).toLowerCase(Locale.ROOT) + "+";
        String domain = replies.substring(at).toLowerCase(Locale.ROOT);
        Address[] recipients = message.getAllRecipients();
        if (recipients == null) {
            return null;
        }
        for (Address recipient : recipients) {
            String address = ((InternetAddress) recipient).getAddress().toLowerCase(Locale.ROOT);
            if (address.startsWith(prefix) && address.endsWith(domain)) {
                return address.substring(prefix.length(), address.length() - domain.length());
            }
        }
        return null;
    }

    /** The plain text of the message: itself, or its first text/plain part. */
    private static String text(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    String text = text(parts.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
