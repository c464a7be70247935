package uk.cmlnetwork.web.newsletter;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Enumeration;

/**
 * One recipient's copy of a prepared issue: its own headers (To, Message-ID, the unsubscribe
 * headers) over the body, encoded once, with this recipient's unsubscribe address in it.
 */
final class NewsletterCopy extends MimeMessage {
    private static final byte[] CRLF = {'\r', '\n'};

    private final PreparedLetter letter;
    private final String unsubscribeUrl;
    private final String messageId;

    /** {@code messageId} null: a new one (a test copy); otherwise the copy's own, the same on every try. */
    NewsletterCopy(Session mail, PreparedLetter letter, InternetAddress to, String unsubscribeUrl, String messageId)
            throws MessagingException {
        super(mail);
        this.letter = letter;
        this.unsubscribeUrl = unsubscribeUrl;
        this.messageId = messageId;
        setFrom();
        setRecipient(Message.RecipientType.TO, to);
        setHeader("Subject", letter.subjectHeader());
    }

    @Override
    protected void updateHeaders() throws MessagingException {
        setHeader("MIME-Version", "1.0");
        setHeader("Content-Type", letter.contentType());
        if (getHeader("Date") == null) {
            setSentDate(new Date());
        }
        updateMessageID();
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        if (messageId == null) {
            super.updateMessageID();
        } else {
            setHeader("Message-ID", messageId);
        }
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        if (!saved) {
            saveChanges();
        }
        Enumeration<String> lines = getNonMatchingHeaderLines(ignoreList);
        while (lines.hasMoreElements()) {
            out.write(lines.nextElement().getBytes(StandardCharsets.UTF_8));
            out.write(CRLF);
        }
        out.write(CRLF);
        letter.writeBody(out, unsubscribeUrl);
        out.flush();
    }
}
