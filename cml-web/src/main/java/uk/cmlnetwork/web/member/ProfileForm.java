package uk.cmlnetwork.web.member;

import java.io.Serializable;
import uk.cmlnetwork.member.DirectoryListing;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.shared.Region;

/** What the join and profile forms hold: a member's details and consents as typed. */
public class ProfileForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private MemberCategory category;
    private String organisation;
    private Region region;
    private String libraryId;
    private String unlistedLibrary;
    private boolean newsletter;
    private boolean directory;
    private boolean showOrganisation;
    private boolean showRegion;
    private boolean showEmail;
    private boolean showCategory;

    static ProfileForm of(Member member) {
        ProfileForm form = new ProfileForm();
        form.name = member.name();
        form.email = member.email();
        form.category = member.category();
        form.organisation = member.organisation();
        form.region = member.region();
        form.libraryId = member.libraryId() == null ? null : member.libraryId().value();
        form.unlistedLibrary = member.unlistedLibrary();
        form.newsletter = member.newsletterConsent().isGiven();
        form.directory = member.directoryConsent().isGiven();
        form.showOrganisation = member.listing().showsOrganisation();
        form.showRegion = member.listing().showsRegion();
        form.showEmail = member.listing().showsEmail();
        form.showCategory = member.listing().showsCategory();
        return form;
    }

    MemberDetails details() {
        return JoinPage.details(this);
    }

    DirectoryListing listing() {
        return JoinPage.listing(this);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public MemberCategory getCategory() { return category; }
    public void setCategory(MemberCategory category) { this.category = category; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public String getLibraryId() { return libraryId; }
    public void setLibraryId(String libraryId) { this.libraryId = libraryId; }
    public String getUnlistedLibrary() { return unlistedLibrary; }
    public void setUnlistedLibrary(String unlistedLibrary) { this.unlistedLibrary = unlistedLibrary; }
    public boolean isNewsletter() { return newsletter; }
    public void setNewsletter(boolean newsletter) { this.newsletter = newsletter; }
    public boolean isDirectory() { return directory; }
    public void setDirectory(boolean directory) { this.directory = directory; }
    public boolean isShowOrganisation() { return showOrganisation; }
    public void setShowOrganisation(boolean showOrganisation) { this.showOrganisation = showOrganisation; }
    public boolean isShowRegion() { return showRegion; }
    public void setShowRegion(boolean showRegion) { this.showRegion = showRegion; }
    public boolean isShowEmail() { return showEmail; }
    public void setShowEmail(boolean showEmail) { this.showEmail = showEmail; }
    public boolean isShowCategory() { return showCategory; }
    public void setShowCategory(boolean showCategory) { this.showCategory = showCategory; }
}
