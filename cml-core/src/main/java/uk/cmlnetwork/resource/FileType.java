package uk.cmlnetwork.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.cmlnetwork.shared.InvalidInput;

/**
 * The kinds of file coordinators may upload, each recognised by its content: a file is accepted
 * only when its content is what its name says (a web page renamed to .pdf is refused).
 */
public enum FileType {
    PDF("PDF", "application/pdf", true, "pdf"),
    WORD("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    EXCEL("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
    POWERPOINT("PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
    ODF_TEXT("OpenDocument text document", "application/vnd.oasis.opendocument.text", false, "odt"),
    ODF_SPREADSHEET("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", false, "ods"),
    ODF_PRESENTATION("OpenDocument presentation", "application/vnd.oasis.opendocument.presentation", false, "odp"),
    CSV("CSV file", "text/csv; charset=UTF-8", false, "csv"),
    TEXT("text file", "text/plain; charset=UTF-8", false, "txt"),
    PNG("PNG image", "image/png", true, "png"),
    JPEG("JPEG image", "image/jpeg", true, "jpg", "jpeg");

    static final String ALLOWED = "Upload a PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument,"
            + " CSV, text, PNG or JPEG file";

    private final String label;
    private final String contentType;
    private final boolean shownInBrowser;
    private final List<String> extensions;

    FileType(String label, String contentType, boolean shownInBrowser, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.shownInBrowser = shownInBrowser;
        this.extensions = List.of(extensions);
    }

    public String label() {
        return label;
    }

    String withArticle() {
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** The Content-Type it is served with. */
    public String contentType() {
        return contentType;
    }

    /** PDFs and images open in the browser; everything else is downloaded as an attachment. */
    public boolean shownInBrowser() {
        return shownInBrowser;
    }

    /** The type of an upload, from its name and checked against its content; refused with a message otherwise. */
    static FileType of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        for (FileType type : values()) {
            if (type.extensions.contains(extension)) {
                if (!type.matches(content)) {
                    throw InvalidInput.of("file", "The file is called " + fileName.strip() + " but its content is not "
                            + type.withArticle() + ": choose the right file, or save it again as " + type.withArticle());
                }
                return type;
            }
        }
        throw InvalidInput.of("file", ALLOWED);
    }

    private boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case WORD -> officeZip(content, "word/");
            case EXCEL -> officeZip(content, "xl/");
            case POWERPOINT -> officeZip(content, "ppt/");
            case ODF_TEXT, ODF_SPREADSHEET, ODF_PRESENTATION -> openDocument(content, contentType);
            case CSV, TEXT -> plainText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** An Office Open XML file is a zip with [Content_Types].xml and the part folder of its kind. */
    private static boolean officeZip(byte[] content, String partFolder) {
        if (!startsWith(content, ZIP)) {
            return false;
        }
        Set<String> names = zipEntryNames(content);
        return names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith(partFolder));
    }

    /** An OpenDocument file is a zip whose first entry, "mimetype", holds its media type. */
    private static boolean openDocument(byte[] content, String mediaType) {
        if (!startsWith(content, ZIP)) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) {
                return false;
            }
            byte[] declared = zip.readNBytes(200);
            return new String(declared, StandardCharsets.US_ASCII).equals(mediaType);
        } catch (IOException | IllegalArgumentException broken) {
            return false;
        }
    }

    /**
     * The names of a zip's entries. Going from one entry to the next unpacks the first, so a small
     * crafted zip (a "zip bomb") could unpack to gigabytes: the reading stops, refusing the file, at
     * 10,000 entries, or when the unpacked bytes pass 100 times the file's size or 100 MB.
     */
    static Set<String> zipEntryNames(byte[] content) {
        long mostUnpacked = Math.min(MOST_UNPACKED, (long) content.length * MOST_EXPANSION);
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() == MOST_ENTRIES) {
                    throw tooMuchInside();
                }
                names.add(entry.getName());
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > mostUnpacked) {
                        throw tooMuchInside();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            return Set.of();
        }
        return names;
    }

    private static final int MOST_ENTRIES = 10_000;
    private static final long MOST_UNPACKED = 100L * 1024 * 1024;
    private static final int MOST_EXPANSION = 100;

    private static InvalidInput tooMuchInside() {
        return InvalidInput.of("file", "The file unpacks to far more than a document does: save it again, or share a PDF");
    }

    /** UTF-8 text without control characters other than tab, line breaks and form feed. */
    private static boolean plainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
