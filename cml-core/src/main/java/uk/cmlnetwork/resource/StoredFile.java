package uk.cmlnetwork.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A file a coordinator uploaded for a resource: kept in the file store under its key, never in the web root. */
@Embeddable
public class StoredFile {
    @Column(name = "file_key", length = 80)
    private String key;

    @Column(name = "file_name", length = 200)
    private String fileName;

    /** The type read from the file's content when it was uploaded (not the name or the browser's claim). */
    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", length = 10)
    private FileType type;

    @Column(name = "file_size")
    private Long size;

    protected StoredFile() {
    }

    StoredFile(String key, String fileName, FileType type, long size) {
        this.key = key;
        this.fileName = fileName;
        this.type = type;
        this.size = size;
    }

    public String key() {
        return key;
    }

    public String fileName() {
        return fileName;
    }

    public FileType type() {
        return type;
    }

    public long size() {
        return size == null ? 0 : size;
    }

    /** "2.4 MB", "310 KB": for the download link. */
    public String sizeText() {
        long bytes = size();
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
