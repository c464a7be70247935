package uk.cmlnetwork.web.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.angus.mail.util.QPEncoderStream;

/**
 * An issue's email made ready for thousands of copies: Jakarta Mail builds and encodes the body
 * (plain text and HTML alternatives, quoted-printable) once, with a mark where each copy's
 * unsubscribe address goes; a copy then writes the encoded pieces around its own encoded address.
 * Building and encoding the whole body again for each copy was about half of the sender's work.
 *
 * <p>The mark starts a line in both parts ({@link NewsletterLetter}), so the encoder never breaks a
 * line inside it; each address is written between two soft line breaks ("=" at the end of a line,
 * which readers remove), so no line grows past the 76 characters quoted-printable allows.
 */
final class PreparedLetter {
    private static final byte[] SOFT_BREAK = "=\r\n".getBytes(StandardCharsets.US_ASCII);

    private final String subject;
    private final String subjectHeader;
    private final String contentType;
    private final byte[] beforeText;
    private final byte[] betweenParts;
    private final byte[] afterHtml;

    PreparedLetter(Session mail, NewsletterLetter letter) {
        try {
            MimeMultipart body = new MimeMultipart("alternative",
                    part(letter.text(NewsletterLetter.UNSUBSCRIBE), "plain"),
                    part(letter.html(NewsletterLetter.UNSUBSCRIBE), "html"));
            MimeMessage whole = new MimeMessage(mail);
            whole.setContent(body);
            whole.saveChanges();
            ByteArrayOutputStream encoded = new ByteArrayOutputStream();
            body.writeTo(encoded);
            List<byte[]> pieces = split(encoded.toByteArray(), NewsletterLetter.UNSUBSCRIBE.getBytes(StandardCharsets.US_ASCII));
            if (pieces.size() != 3) {
                throw new IllegalStateException("the encoded letter has " + (pieces.size() - 1)
                        + " unsubscribe marks, not one in each part");
            }
            this.beforeText = pieces.get(0);
            this.betweenParts = pieces.get(1);
            this.afterHtml = pieces.get(2);
            this.contentType = whole.getHeader("Content-Type", null);
            this.subject = letter.subject();
            this.subjectHeader = subjectHeader(subject);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the newsletter could not be made into an email", e);
        }
    }

    String subject() {
        return subject;
    }

    /** The Subject header's value, encoded for mail once for all copies. */
    String subjectHeader() {
        return subjectHeader;
    }

    /** multipart/alternative with the boundary the body was written with. */
    String contentType() {
        return contentType;
    }

    /** Writes the encoded body with this unsubscribe address in both parts. */
    void writeBody(OutputStream out, String unsubscribeUrl) throws IOException {
        out.write(beforeText);
        writeEncoded(out, unsubscribeUrl);
        out.write(betweenParts);
        writeEncoded(out, NewsletterLetter.escape(unsubscribeUrl));
        out.write(afterHtml);
    }

    static String subjectHeader(String subject) throws UnsupportedEncodingException {
        return MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", null));
    }

    private static void writeEncoded(OutputStream out, String text) throws IOException {
        out.write(SOFT_BREAK);
        QPEncoderStream encoder = new QPEncoderStream(out);
        encoder.write(text.getBytes(StandardCharsets.UTF_8));
        encoder.flush(); // not close(): that would close the message's stream
        out.write(SOFT_BREAK);
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static List<byte[]> split(byte[] bytes, byte[] mark) {
        List<byte[]> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length - mark.length; i++) {
            if (Arrays.equals(bytes, i, i + mark.length, mark, 0, mark.length)) {
                pieces.add(Arrays.copyOfRange(bytes, start, i));
                start = i + mark.length;
                i = start - 1;
            }
        }
        pieces.add(Arrays.copyOfRange(bytes, start, bytes.length));
        return pieces;
    }
}
