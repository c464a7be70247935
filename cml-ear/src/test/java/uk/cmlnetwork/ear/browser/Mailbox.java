package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the emails the server sent to the test's SMTP server (GreenMail on port 3025). */
final class Mailbox {
    private Mailbox() {
    }

    /** The link in the newest email to this address, waiting for it to arrive. */
    static String linkSentTo(GreenMailOperations mail, String address, String page) throws Exception {
        return linkSentTo(mail, address, page, null);
    }

    /** As {@link #linkSentTo(GreenMailOperations, String, String)}, for a link other than {@code except}. */
    static String linkSentTo(GreenMailOperations mail, String address, String page, String except) throws Exception {
        Pattern link = Pattern.compile("(http\\S+/" + Pattern.quote(page) + "\\?\\S+)");
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
            for (int i = received.length - 1; i >= 0; i--) {
                boolean toThem = Arrays.stream(received[i].getAllRecipients()).anyMatch(r -> r.toString().contains(address));
                Matcher found = link.matcher(text(received[i]));
                if (toThem && found.find() && !found.group(1).equals(except)) {
                    return found.group(1);
                }
            }
            Thread.sleep(200);
        }
        assertTrue(false, "no email with a " + page + " link reached " + address);
        return null;
    }

    /** The newest email to this address whose subject contains the words, waiting for it to arrive. */
    static MimeMessage waitForMessageTo(GreenMailOperations mail, String address, String subject) throws Exception {
        return waitForMessageTo(mail, address, subject, 10);
    }

    /** As {@link #waitForMessageTo(GreenMailOperations, String, String)}, waiting up to this many seconds. */
    static MimeMessage waitForMessageTo(GreenMailOperations mail, String address, String subject, int seconds) throws Exception {
        for (int attempt = 0; attempt < seconds * 5; attempt++) {
            MimeMessage[] received = mail.getReceivedMessagesForDomain(address);
            for (int i = received.length - 1; i >= 0; i--) {
                if (received[i].getSubject().contains(subject)) {
                    return received[i];
                }
            }
            Thread.sleep(200);
        }
        assertTrue(false, "no email about '" + subject + "' reached " + address);
        return null;
    }

    /** How many emails to this address have a subject containing the words. */
    static long countTo(GreenMailOperations mail, String address, String subject) throws Exception {
        long count = 0;
        for (MimeMessage message : mail.getReceivedMessagesForDomain(address)) {
            count += message.getSubject().contains(subject) ? 1 : 0;
        }
        return count;
    }

    /** The decoded text of the message (its first part, when it has attachments). */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
