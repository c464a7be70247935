package uk.cmlnetwork.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.shared.InvalidInput;

class FileTypeTest {
    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(InvalidInput.class, () -> FileType.of(name, content)).problems().get("file");
    }

    @Test
    void recognisesOfficeAndOpenDocumentFilesByWhatIsInsideTheZip() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
        assertEquals(FileType.WORD, FileType.of("Plan.DOCX", docx));
        assertEquals(FileType.EXCEL, FileType.of("budget.xlsx", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>")));
        assertEquals(FileType.ODF_TEXT, FileType.of("notes.odt", zip("mimetype", "application/vnd.oasis.opendocument.text")));
        assertEquals("The file is called budget.xlsx but its content is not an Excel workbook: choose the right file, or save it"
                + " again as an Excel workbook", refusal("budget.xlsx", docx));
        assertEquals("The file is called notes.odt but its content is not an OpenDocument text document: choose the right file,"
                + " or save it again as an OpenDocument text document", refusal("notes.odt", zip("mimetype", "application/x-evil")));
        assertEquals("The file is called plan.docx but its content is not a Word document: choose the right file, or save it"
                + " again as a Word document", refusal("plan.docx", "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A zip bomb is refused after unpacking at most 100 times its size, and a zip of countless entries too. */
    @Test
    void zipsThatUnpackToFarTooMuchAreRefusedBeforeTheyAreUnpacked() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros); // 50 MB of nothing packs into some 50 KB
            }
            zip.putNextEntry(new ZipEntry("word/end.xml"));
        }
        assertEquals("The file unpacks to far more than a document does: save it again, or share a PDF",
                refusal("plan.docx", bomb.toByteArray()));

        ByteArrayOutputStream crowded = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(crowded)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            for (int i = 0; i <= 10_000; i++) {
                zip.putNextEntry(new ZipEntry("word/" + i));
            }
        }
        assertEquals("The file unpacks to far more than a document does: save it again, or share a PDF",
                refusal("plan.docx", crowded.toByteArray()));
    }

    @Test
    void recognisesImagesPdfsAndPlainText() {
        assertEquals(FileType.PNG, FileType.of("map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(FileType.JPEG, FileType.of("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(FileType.CSV, FileType.of("opening-hours.csv", "day,open\nMonday,10:00\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileType.TEXT, FileType.of("readme.txt", "Café opening\r\n".getBytes(StandardCharsets.UTF_8)));
        refusal("hours.csv", new byte[] {'a', ',', 0, 'b'});
        refusal("hours.txt", new byte[] {(byte) 0xC3, (byte) 0x28});
        refusal("photo.jpg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertEquals(FileType.ALLOWED, refusal("drawing.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileType.ALLOWED, refusal("no-extension", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, FileType.PDF.shownInBrowser());
        assertEquals(false, FileType.WORD.shownInBrowser());
    }
}
