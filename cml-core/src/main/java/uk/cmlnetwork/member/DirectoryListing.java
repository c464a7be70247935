package uk.cmlnetwork.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Which details a member chose to show in the member directory (their name is always shown). */
@Embeddable
public class DirectoryListing {
    @Column(name = "show_organisation", nullable = false)
    private boolean organisation;

    @Column(name = "show_region", nullable = false)
    private boolean region;

    @Column(name = "show_email", nullable = false)
    private boolean email;

    @Column(name = "show_category", nullable = false)
    private boolean category;

    protected DirectoryListing() {
    }

    public DirectoryListing(boolean organisation, boolean region, boolean email, boolean category) {
        this.organisation = organisation;
        this.region = region;
        this.email = email;
        this.category = category;
    }

    static DirectoryListing nothing() {
        return new DirectoryListing(false, false, false, false);
    }

    public boolean showsOrganisation() {
        return organisation;
    }

    public boolean showsRegion() {
        return region;
    }

    public boolean showsEmail() {
        return email;
    }

    /** Whether the member's category (library team, setting up, council liaison, supporter) is shown. */
    public boolean showsCategory() {
        return category;
    }
}
