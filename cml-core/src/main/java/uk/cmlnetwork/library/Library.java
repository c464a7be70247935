package uk.cmlnetwork.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    @Version
    @Column(name = "version")
    private long version;

    protected Library() {
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

    public boolean isCommunityManaged() {
        return managementType.isCommunityManaged();
    }
}
