package uk.cmlnetwork.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PreparedLetterTest {
    private static final String MARK = NewsletterLetter.UNSUBSCRIBE;
    private final Session mail = Session.getInstance(mailFrom());

    // Long lines, a pound sign, an em dash and an umlaut: the encoder must break lines and escape bytes.
    private final NewsletterLetter letter = new NewsletterLetter("Spring news — £5,000 for Müller Library",
            "Spring news — £5,000 for Müller Library\n\n" + "A long paragraph about volunteers. ".repeat(12)
                    + "\n\nStop it here (no sign-in needed):\n" + MARK + "\n",
            "<!DOCTYPE html><html lang=\"en-GB\"><body><h1>Spring news — £5,000</h1><p>"
                    + "A long paragraph about volunteers &amp; trustees. ".repeat(12)
                    + "</p><p>You get this because you asked. <a\nhref=\"" + MARK + "\">Unsubscribe</a></p></body></html>");

    @Test
    void eachCopyReadsBackAsTheLetterWithItsOwnUnsubscribeAddress() throws Exception {
        PreparedLetter prepared = new PreparedLetter(mail, letter);
        String first = "https://libraries.example.org/unsubscribe.xhtml?token=" + "Ab3-_x".repeat(12) + "%3D%3D";
        String second = "https://libraries.example.org/unsubscribe.xhtml?token=other&x=1";

        MimeMessage one = readBack(copy(prepared, "jo@example.org", "Jo Müller", first, "<issue1.member1@example.org>"));
        MimeMessage two = readBack(copy(prepared, "sam@example.org", "Sam", second, "<issue1.member2@example.org>"));

        assertEquals(letter.subject(), one.getSubject());
        assertEquals("Jo Müller", ((InternetAddress) one.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal());
        assertEquals("network@example.org", ((InternetAddress) one.getFrom()[0]).getAddress());
        assertEquals("<issue1.member1@example.org>", one.getMessageID());
        assertNotNull(one.getSentDate());
        assertEquals(letter.text(first), part(one, 0));
        assertEquals(letter.html(first), part(one, 1));
        assertEquals(letter.text(second), part(two, 0));
        assertEquals(letter.html(second), part(two, 1));
        assertTrue(part(two, 1).contains("token=other&amp;x=1"), "the address is escaped in the HTML");
        assertTrue(((Multipart) two.getContent()).getContentType().startsWith("multipart/alternative"));
    }

    @Test
    void noLineOfTheBodyIsLongerThanQuotedPrintableAllows() throws Exception {
        PreparedLetter prepared = new PreparedLetter(mail, letter);
        String longAddress = "https://libraries.example.org/unsubscribe.xhtml?token=" + "x".repeat(200);
        String written = new String(copy(prepared, "jo@example.org", "Jo", longAddress, "<a@example.org>"), StandardCharsets.US_ASCII);
        String body = written.substring(written.indexOf("\r\n\r\n") + 4);
        for (String line : body.split("\r\n")) {
            assertTrue(line.length() <= 76, "a line of " + line.length() + " characters: " + line);
        }
        assertEquals(letter.text(longAddress), part(readBack(written.getBytes(StandardCharsets.US_ASCII)), 0));
    }

    @Test
    void aTestCopyGetsAMessageIdOfItsOwn() throws Exception {
        PreparedLetter prepared = new PreparedLetter(mail, letter);
        MimeMessage test = readBack(copy(prepared, "coordinator@example.org", "Coordinator", "https://x.example/", null));
        assertTrue(test.getMessageID().matches("<.+@.+>"), test.getMessageID());
    }

    @Test
    void aLetterWithoutAPlaceForTheAddressInBothPartsIsRefused() {
        NewsletterLetter noLink = new NewsletterLetter("News", "News\n" + MARK + "\n", "<p>News</p>");
        assertThrows(IllegalStateException.class, () -> new PreparedLetter(mail, noLink));
    }

    private byte[] copy(PreparedLetter prepared, String email, String name, String unsubscribe, String messageId) throws Exception {
        NewsletterCopy copy = new NewsletterCopy(mail, prepared, new InternetAddress(email, name, "UTF-8"), unsubscribe, messageId);
        copy.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        copy.writeTo(bytes);
        return bytes.toByteArray();
    }

    private MimeMessage readBack(byte[] bytes) throws Exception {
        return new MimeMessage(mail, new ByteArrayInputStream(bytes));
    }

    private static String part(MimeMessage message, int index) throws Exception {
        return String.valueOf(((Multipart) message.getContent()).getBodyPart(index).getContent()).replace("\r\n", "\n");
    }

    private static Properties mailFrom() {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "CML Network <network@example.org>");
        return properties;
    }
}
