package uk.cmlnetwork.member;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryKeeper;
import uk.cmlnetwork.post.PostWriter;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Text;

/**
 * A person who has joined the network: their details, consents, account and roles. Named MemberAccount in
 * queries: MEMBER is a word of the query language ("member of"), and "join Member m" does not parse.
 */
@Entity(name = "MemberAccount")
@Table(name = "member")
public class Member implements LibraryKeeper, PostWriter {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String name;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private MemberCategory category;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private Region region;

    /** The member's library in the directory, if they picked one. */
    @Column(name = "library_id", length = 36)
    private String libraryId;

    /** The name of their library when it is not in the directory yet. */
    @Column(name = "unlisted_library", length = 200)
    private String unlistedLibrary;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MemberStatus status;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "coordinator", nullable = false)
    private boolean coordinator;

    /** The code of the regional group whose libraries and meetups this member looks after, or null. */
    @Column(name = "coordinates_group", length = 20)
    private String coordinatesGroup;

    /** The new address the member asked to use, until they confirm it from there. */
    @Column(name = "pending_email", length = 254)
    private String pendingEmail;

    /** Why a coordinator suspended the member, while suspended. */
    @Column(name = "suspension_reason", length = 1000)
    private String suspensionReason;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    /** The secret in the member's calendar address; null until they ask for one. */
    @Column(name = "calendar_key", length = 64)
    private String calendarKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "library_editor", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "library_id", length = 36)
    private Set<String> editorOf = new HashSet<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "newsletter_consent")),
            @AttributeOverride(name = "recordedAt", column = @Column(name = "newsletter_consent_at")),
            @AttributeOverride(name = "wording", column = @Column(name = "newsletter_consent_wording"))})
    private Consent newsletterConsent;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "directory_consent")),
            @AttributeOverride(name = "recordedAt", column = @Column(name = "directory_consent_at")),
            @AttributeOverride(name = "wording", column = @Column(name = "directory_consent_wording"))})
    private Consent directoryConsent;

    @Embedded
    private DirectoryListing listing;

    @Version
    @Column(name = "version")
    private long version;

    protected Member() {
    }

    Member(MemberId id, MemberDetails details, Instant joinedAt) {
        this.id = id.value();
        this.email = normaliseEmail(details.email());
        this.joinedAt = joinedAt;
        this.status = MemberStatus.UNVERIFIED;
        this.newsletterConsent = Consent.notAsked();
        this.directoryConsent = Consent.notAsked();
        this.listing = DirectoryListing.nothing();
        apply(details);
    }

    /** Emails are compared without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void apply(MemberDetails details) {
        this.name = details.name().strip();
        this.category = details.category();
        this.organisation = Text.blankToNull(details.organisation());
        this.region = details.region();
        this.libraryId = details.libraryId() == null ? null : details.libraryId().value();
        this.unlistedLibrary = this.libraryId == null ? Text.blankToNull(details.unlistedLibrary()) : null;
    }

    void recordConsents(boolean newsletter, boolean directory, DirectoryListing listing, Instant now) {
        if (newsletterConsent.recordedAt() == null || newsletterConsent.isGiven() != newsletter) {
            newsletterConsent = new Consent(newsletter, now, ConsentWording.NEWSLETTER);
        }
        if (directoryConsent.recordedAt() == null || directoryConsent.isGiven() != directory) {
            directoryConsent = new Consent(directory, now, ConsentWording.DIRECTORY);
        }
        this.listing = directory ? listing : DirectoryListing.nothing();
    }

    /** They left the newsletter's mailing list from an issue's unsubscribe link. */
    void withdrawNewsletterConsent(Instant now) {
        if (newsletterConsent.isGiven()) {
            newsletterConsent = new Consent(false, now, ConsentWording.NEWSLETTER);
        }
    }

    void confirmEmail() {
        if (status == MemberStatus.UNVERIFIED) {
            status = MemberStatus.ACTIVE;
        }
    }

    void usePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void coordinateGroup(String group) {
        this.coordinatesGroup = group;
    }

    @Override
    public String coordinatesGroup() {
        return coordinatesGroup;
    }

    void makeCoordinator(boolean coordinator) {
        this.coordinator = coordinator;
    }

    void makeEditorOf(LibraryId library, boolean editor) {
        if (editor) {
            editorOf.add(library.value());
        } else {
            editorOf.remove(library.value());
        }
    }

    void suspend(boolean suspended) {
        if (status == MemberStatus.DELETED) {
            return;
        }
        status = suspended ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE;
        if (!suspended) {
            suspensionReason = null;
            suspendedAt = null;
        }
    }

    void suspend(String reason, Instant now) {
        suspend(true);
        suspensionReason = reason;
        suspendedAt = now;
    }

    void askToChangeEmailTo(String newEmail) {
        this.pendingEmail = newEmail;
    }

    public String pendingEmail() {
        return pendingEmail;
    }

    /** The new address is confirmed (its link was opened): it is the member's address from now on. */
    void usePendingEmail() {
        this.email = pendingEmail;
        this.pendingEmail = null;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    /** The libraries whose profiles the member edits, by id. */
    public Set<String> editedLibraries() {
        return Set.copyOf(editorOf);
    }

    /** Erases the personal data for good: what is left cannot be traced back to the person. */
    public void erase() {
        this.name = "Deleted member";
        this.email = "deleted-" + id + "@invalid";
        this.organisation = null;
        this.region = null;
        this.libraryId = null;
        this.unlistedLibrary = null;
        this.passwordHash = null;
        this.coordinator = false;
        this.coordinatesGroup = null;
        this.calendarKey = null;
        this.pendingEmail = null;
        this.suspensionReason = null;
        this.editorOf.clear();
        this.newsletterConsent = Consent.notAsked();
        this.directoryConsent = Consent.notAsked();
        this.listing = DirectoryListing.nothing();
        this.status = MemberStatus.DELETED;
    }


    /** A new secret calendar address: the old one stops working. */
    void newCalendarKey(String key) {
        this.calendarKey = key;
    }

    public String calendarKey() {
        return calendarKey;
    }

    public MemberId id() {
        return new MemberId(id);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public MemberCategory category() {
        return category;
    }

    public String organisation() {
        return organisation;
    }

    public Region region() {
        return region;
    }

    public LibraryId libraryId() {
        return libraryId == null ? null : new LibraryId(libraryId);
    }

    public String unlistedLibrary() {
        return unlistedLibrary;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public MemberStatus status() {
        return status;
    }

    String passwordHash() {
        return passwordHash;
    }

    /**
     * A short fingerprint of the password that changes whenever the password does (each hash has its own
     * salt): a signed-in session that began under another one is ended, so changing or resetting a
     * password signs out every other browser. Not the hash itself, which never leaves the core.
     */
    public String passwordStamp() {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** May sign in: active, or joined but not yet confirmed (they can then only look around). */
    public boolean maySignIn() {
        return (status == MemberStatus.ACTIVE || status == MemberStatus.UNVERIFIED) && passwordHash != null;
    }

    /** May book events and write posts: only once the email address is confirmed. */
    public boolean mayTakePart() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public boolean isEditorOf(LibraryId library) {
        return editorOf.contains(library.value());
    }

    /** A coordinator, or one of the library's editors (the pages also ask that the account is active). */
    @Override
    public boolean mayLookAfter(LibraryId library) {
        return isCoordinator() || isEditorOf(library);
    }

    @Override
    public String writerId() {
        return id;
    }

    @Override
    public boolean reviewsPosts() {
        return isCoordinator() && mayTakePart();
    }

    @Override
    public boolean mayLookAfterEveryLibrary() {
        return isCoordinator();
    }

    /** Whether anything members send in may wait for this member's decision: posts, meetups, library suggestions. */
    public boolean decidesForOthers() {
        return mayTakePart() && (coordinator || coordinatesGroup != null || !editorOf.isEmpty());
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        if (!editorOf.isEmpty()) {
            roles.add(Role.LIBRARY_EDITOR);
        }
        if (coordinator) {
            roles.add(Role.COORDINATOR);
        }
        return roles;
    }

    public Consent newsletterConsent() {
        return newsletterConsent;
    }

    public Consent directoryConsent() {
        return directoryConsent;
    }

    public DirectoryListing listing() {
        return listing;
    }
}
