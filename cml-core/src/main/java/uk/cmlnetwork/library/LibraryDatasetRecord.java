package uk.cmlnetwork.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What one dataset said of a library, and when it was read: a library's history, dataset by dataset. */
@Entity
@Table(name = "library_dataset_record")
public class LibraryDatasetRecord {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "library_id", nullable = false, length = 36)
    private String libraryId;

    @Column(name = "dataset", nullable = false, length = 120)
    private String dataset;

    @Column(name = "attribution", length = 300)
    private String attribution;

    @Column(name = "line", nullable = false)
    private long line;

    @Column(name = "said", nullable = false, length = 1000)
    private String said;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LibraryDatasetRecord() {
    }

    LibraryDatasetRecord(LibraryId library, String dataset, String attribution, long line, String said, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.libraryId = library.value();
        this.dataset = dataset;
        this.attribution = attribution;
        this.line = line;
        this.said = said.length() > 1000 ? said.substring(0, 1000) : said;
        this.recordedAt = at;
    }

    public LibraryId libraryId() {
        return new LibraryId(libraryId);
    }

    public String dataset() {
        return dataset;
    }

    /** The dataset's licence statement, e.g. "Contains public sector information licensed under the OGL v3.0". */
    public String attribution() {
        return attribution;
    }

    /** The row's line in the file. */
    public long line() {
        return line;
    }

    /** The facts the row gave, in a sentence. */
    public String said() {
        return said;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
