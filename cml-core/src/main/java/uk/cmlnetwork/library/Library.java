package uk.cmlnetwork.library;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Text;

/** A library in the directory: any English public library, community managed or not. */
@Entity
@Table(name = "library")
public class Library {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
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
    @Column(name = "management_type", nullable = false, length = 20)
    private ManagementType managementType;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20)
    private LibraryStage stage;

    @Column(name = "website", length = 400)
    private String website;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    /** Key of the dataset row an import before version 030 read this library from (imports now match on content). */
    @Column(name = "source_key", length = 60)
    private String sourceKey;

    @Embedded
    private Location location;

    /** How precisely the location is known (null for libraries placed before datasets said so). */
    @Enumerated(EnumType.STRING)
    @Column(name = "place_precision", length = 20)
    private PlaceFinder.Precision placePrecision;

    /** What kind of service point: static, mobile, prison... (null when no dataset said). */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_point", length = 20)
    private ServicePoint servicePoint;

    /** The Unique Property Reference Number, when a dataset gives it. */
    @Column(name = "uprn", length = 20)
    private String uprn;

    /** The authority's GSS code (E06000024, W06000001...), when known. */
    @Column(name = "authority_code", length = 12)
    private String authorityCode;

    /** The dataset that last spoke of this library, e.g. "Arts Council England basic dataset 2023". */
    @Column(name = "dataset", length = 120)
    private String dataset;

    /** Part of the council's statutory library service. */
    @Column(name = "statutory")
    private Boolean statutory;

    @Column(name = "opened_year")
    private Integer openedYear;

    @Column(name = "closed_year")
    private Integer closedYear;

    /** Weekly opening hours as the dataset gives them: usually a number, sometimes a sentence. */
    @Column(name = "opening_hours", length = 200)
    private String openingHours;

    @Column(name = "deprivation_decile")
    private Double deprivationDecile;

    @Column(name = "population")
    private Integer population;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 40)
    private LegalForm legalForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_transfer", length = 30)
    private AssetTransfer assetTransfer;

    @Column(name = "volunteers")
    private Integer volunteers;

    @Column(name = "services", length = 1000)
    private String services;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "library_outcome", joinColumns = @JoinColumn(name = "library_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private Set<Outcome> outcomes = new TreeSet<>();

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "accessibility", length = 1000)
    private String accessibility;

    @Column(name = "special_hours", length = 500)
    private String specialHours;

    /** How a community managed library is run, in its own words (e.g. "volunteer-run charity, council grant"). */
    @Column(name = "cml_model", length = 200)
    private String cmlModel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "library_opening_time", joinColumns = @JoinColumn(name = "library_id"))
    private java.util.List<OpeningTime> openingTimes = new java.util.ArrayList<>();

    /** When the library's editor or a coordinator last saved or confirmed the profile. */
    @Column(name = "last_confirmed_at")
    private Instant lastConfirmedAt;

    /**
     * Name, address, authority and postcode in lower case, in one column: the directory's free-text
     * search reads this instead of lower-casing four columns of every row on every search.
     */
    @Column(name = "search_text", length = 800)
    private String searchText;

    @PrePersist
    private void rememberSearchText() {
        String text = String.join(" ", name == null ? "" : name, address == null ? "" : address,
                localAuthority == null ? "" : localAuthority, postcode == null ? "" : postcode);
        searchText = text.toLowerCase(java.util.Locale.ROOT);
        if (searchText.length() > 800) {
            searchText = searchText.substring(0, 800);
        }
    }

    @Version
    @Column(name = "version")
    private long version;

    protected Library() {
    }

    /**
     * A copy for the directory's in-memory index: a plain object, never persisted, so the index shared
     * by every request can neither change with nor be changed by a transaction's own entities.
     */
    Library(Library from) {
        this.id = from.id;
        this.name = from.name;
        this.address = from.address;
        this.postcode = from.postcode;
        this.localAuthority = from.localAuthority;
        this.region = from.region;
        this.managementType = from.managementType;
        this.stage = from.stage;
        this.website = from.website;
        this.contactEmail = from.contactEmail;
        this.sourceKey = from.sourceKey;
        this.location = from.location; // a value: never changed in place, replaced when a library moves
        this.placePrecision = from.placePrecision;
        this.servicePoint = from.servicePoint;
        this.uprn = from.uprn;
        this.authorityCode = from.authorityCode;
        this.dataset = from.dataset;
        this.statutory = from.statutory;
        this.openedYear = from.openedYear;
        this.closedYear = from.closedYear;
        this.openingHours = from.openingHours;
        this.deprivationDecile = from.deprivationDecile;
        this.population = from.population;
        this.legalForm = from.legalForm;
        this.assetTransfer = from.assetTransfer;
        this.volunteers = from.volunteers;
        this.services = from.services;
        this.outcomes = new TreeSet<>(from.outcomes);
        this.lastConfirmedAt = from.lastConfirmedAt;
        this.searchText = from.searchText;
        this.version = from.version;
    }

    Library(LibraryId id, AddLibrary details, String postcode) {
        this.id = id.value();
        this.name = details.name().strip();
        this.address = Text.blankToNull(details.address());
        this.postcode = postcode;
        this.localAuthority = Text.blankToNull(details.localAuthority());
        this.region = details.region();
        this.managementType = details.managementType();
        this.stage = details.stage();
        this.website = Text.blankToNull(details.website());
        this.contactEmail = Text.blankToNull(details.contactEmail());
        rememberSearchText();
    }


    /** A library read from a published dataset's row: the dataset's facts, placed where the import found. */
    static Library fromDataset(PublishedLibrary row, WhereItIs where, String dataset) {
        return fromDataset(LibraryId.newId(), row, where, dataset);
    }

    static Library fromDataset(LibraryId id, PublishedLibrary row, WhereItIs where, String dataset) {
        Library library = new Library();
        library.id = id.value();
        library.managementType = row.management() != null ? row.management() : ManagementType.UNKNOWN;
        library.takeFromDataset(row, where, dataset);
        return library;
    }

    /**
     * Takes what a newer dataset says; a fact the file leaves blank keeps what the directory knew. What the
     * library itself keeps (stage, legal form, outcomes...) is never overwritten by an import.
     */
    void takeFromDataset(PublishedLibrary row, WhereItIs where, String dataset) {
        name = row.name();
        address = row.address() != null ? row.address() : address;
        postcode = row.postcode() != null ? row.postcode() : postcode;
        localAuthority = where.authority() != null ? where.authority() : localAuthority;
        authorityCode = where.authorityCode() != null ? where.authorityCode() : authorityCode;
        region = where.region() != null ? where.region() : region;
        if (where.place() != null) {
            location = where.place().location();
            placePrecision = where.place().precision();
        }
        servicePoint = row.servicePoint() != null ? row.servicePoint() : servicePoint;
        uprn = row.uprn() != null ? row.uprn() : uprn;
        if (row.management() != null) {
            managementType = row.management();
            closedYear = managementType.isClosed() ? row.closedYear() : null;
        }
        if (!managementType.isCommunityManaged()) {
            stage = null;
        }
        statutory = row.statutory() != null ? row.statutory() : statutory;
        openedYear = row.openedYear() != null ? row.openedYear() : openedYear;
        openingHours = row.hours() != null ? row.hours() : openingHours;
        website = row.website() != null ? row.website() : website;
        contactEmail = row.email() != null ? row.email() : contactEmail;
        deprivationDecile = row.deprivation() != null ? row.deprivation() : deprivationDecile;
        population = row.population() != null ? row.population() : population;
        // Hours per day from a file fill a library's own only while it has none: its editors' word comes first.
        if (openingTimes.isEmpty() && !row.days().isEmpty()) {
            row.days().forEach(h -> openingTimes.add(new OpeningTime(h)));
        }
        if (specialHours == null && row.specialHours() != null) {
            specialHours = row.specialHours();
        }
        this.dataset = dataset;
        rememberSearchText();
    }

    /** The library's own editor (or a coordinator) saved its profile: it is confirmed as of now. */
    void updateProfile(LibraryProfile profile, String normalisedPostcode, Instant now) {
        name = profile.name().strip();
        address = Text.blankToNull(profile.address());
        postcode = normalisedPostcode;
        website = Text.blankToNull(profile.website());
        contactEmail = Text.blankToNull(profile.contactEmail());
        if (managementType.isCommunityManaged()) {
            stage = profile.stage();
            legalForm = profile.legalForm();
            assetTransfer = profile.assetTransfer();
            volunteers = profile.volunteers();
            services = Text.blankToNull(profile.services());
            outcomes = new TreeSet<>(profile.outcomes() == null ? Set.of() : profile.outcomes());
            if (profile.hasModel()) {
                cmlModel = Text.blankToNull(profile.model());
            }
        }
        if (profile.hasVisitingDetails()) {
            phone = Text.blankToNull(profile.phone());
            accessibility = Text.blankToNull(profile.accessibility());
            specialHours = Text.blankToNull(profile.specialHours());
            openingTimes.clear();
            profile.hours().stream().filter(h -> h.day() != null && !h.isBlank())
                    .sorted(java.util.Comparator.comparing(DayHours::day))
                    .forEach(h -> openingTimes.add(new OpeningTime(h)));
        }
        rememberSearchText();
        lastConfirmedAt = now;
    }

    /** A reviewer checked the entry (e.g. accepted a suggested addition): confirmed as of now. */
    void confirmed(Instant now) {
        lastConfirmedAt = now;
    }

    public LibraryId id() {
        return new LibraryId(id);
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

    public LibraryStage stage() {
        return stage;
    }

    public String website() {
        return website;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String sourceKey() {
        return sourceKey;
    }

    /** Where it is, or null when the dataset did not say. */
    public Location location() {
        return location;
    }

    /** How precisely {@link #location()} is known, or null if not recorded. */
    public PlaceFinder.Precision placePrecision() {
        return placePrecision;
    }

    /** Static, mobile, prison..., or null when no dataset said. */
    public ServicePoint servicePoint() {
        return servicePoint;
    }

    public String uprn() {
        return uprn;
    }

    public String authorityCode() {
        return authorityCode;
    }

    /** The dataset that last spoke of it, or null for a library added by hand. */
    public String dataset() {
        return dataset;
    }

    public Boolean statutory() {
        return statutory;
    }

    public Integer openedYear() {
        return openedYear;
    }

    public Integer closedYear() {
        return closedYear;
    }

    public String openingHours() {
        return openingHours;
    }

    public Double deprivationDecile() {
        return deprivationDecile;
    }

    public Integer population() {
        return population;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public AssetTransfer assetTransfer() {
        return assetTransfer;
    }

    public Integer volunteers() {
        return volunteers;
    }

    public String services() {
        return services;
    }

    /** Name, address, authority and postcode in lower case, what the free-text search matches. */
    String searchText() {
        return searchText;
    }

    public Set<Outcome> outcomes() {
        return Collections.unmodifiableSet(outcomes);
    }

    /** The library's phone number, as its editor wrote it. */
    public String phone() {
        return phone;
    }

    /** Accessibility notes: step-free access, toilets, hearing loop... */
    public String accessibility() {
        return accessibility;
    }

    /** Holiday and other special opening hours, in words. */
    public String specialHours() {
        return specialHours;
    }

    /** How a community managed library is run, in its editors' words, or null. */
    public String cmlModel() {
        return cmlModel;
    }

    /** The days it opens, Monday first (not in the directory's in-memory copy: read from the database). */
    public java.util.List<OpeningTime> openingTimes() {
        return Collections.unmodifiableList(openingTimes);
    }

    public Instant lastConfirmedAt() {
        return lastConfirmedAt;
    }

    public boolean isClosed() {
        return managementType.isClosed();
    }

    public boolean isCommunityManaged() {
        return managementType.isCommunityManaged();
    }
}
