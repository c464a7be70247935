package uk.cmlnetwork.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Text;

/** A member's suggestion to add a library or correct an entry, until a reviewer accepts or rejects it. */
@Entity
@Table(name = "library_suggestion")
public class LibrarySuggestion {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SuggestionKind kind;

    /** The entry to correct; for an addition, the library made when it was accepted. */
    @Column(name = "library_id", length = 36)
    private String libraryId;

    /** The member who suggested it (null once they erased their account). */
    @Column(name = "suggested_by", length = 36)
    private String suggestedBy;

    @Column(name = "suggested_at", nullable = false)
    private Instant suggestedAt;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "address", length = 400)
    private String address;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "local_authority", length = 120)
    private String localAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "management_type", length = 20)
    private ManagementType managementType;

    @Column(name = "website", length = 400)
    private String website;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SuggestionStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Why it was not accepted, told to the member who suggested it. */
    @Column(name = "reason", length = 1000)
    private String reason;

    @Version
    @Column(name = "version")
    private long version;

    protected LibrarySuggestion() {
    }

    LibrarySuggestion(SuggestionId id, SuggestionKind kind, LibraryId library, String suggestedBy,
                      SuggestLibraryChange change, String normalisedPostcode, Instant now) {
        this.id = id.value();
        this.kind = kind;
        this.libraryId = library == null ? null : library.value();
        this.suggestedBy = suggestedBy;
        this.suggestedAt = now;
        this.name = Text.blankToNull(change.name());
        this.address = Text.blankToNull(change.address());
        this.postcode = normalisedPostcode;
        this.localAuthority = Text.blankToNull(change.localAuthority());
        this.region = change.region();
        this.managementType = change.managementType();
        this.website = Text.blankToNull(change.website());
        this.contactEmail = Text.blankToNull(change.contactEmail());
        this.note = change.note().strip();
        this.status = SuggestionStatus.WAITING;
    }

    private void mustBeWaiting() {
        if (status != SuggestionStatus.WAITING) {
            throw new DomainException("This suggestion has already been decided: " + status.label().toLowerCase());
        }
    }

    void accept(LibraryId library, Instant now) {
        mustBeWaiting();
        this.libraryId = library.value();
        this.status = SuggestionStatus.ACCEPTED;
        this.decidedAt = now;
    }

    void reject(String why, Instant now) {
        mustBeWaiting();
        this.status = SuggestionStatus.REJECTED;
        this.reason = why.strip();
        this.decidedAt = now;
    }

    /** Forget who suggested it (their account was erased); the suggestion itself stays for the reviewer. */
    public void forgetSuggester() {
        this.suggestedBy = null;
    }

    public SuggestionId id() {
        return new SuggestionId(id);
    }

    public SuggestionKind kind() {
        return kind;
    }

    public LibraryId libraryId() {
        return libraryId == null ? null : new LibraryId(libraryId);
    }

    /** The suggesting member's id, or null. */
    public String suggestedBy() {
        return suggestedBy;
    }

    public Instant suggestedAt() {
        return suggestedAt;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    public String localAuthority() {
        return localAuthority;
    }

    public Region region() {
        return region;
    }

    public ManagementType managementType() {
        return managementType;
    }

    public String website() {
        return website;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String note() {
        return note;
    }

    public SuggestionStatus status() {
        return status;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    public boolean isWaiting() {
        return status == SuggestionStatus.WAITING;
    }
}
