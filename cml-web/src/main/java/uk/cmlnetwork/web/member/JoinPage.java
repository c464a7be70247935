package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.member.DirectoryListing;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.web.library.LibrariesFacade;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.EmailLimits;

/** Joining the network. Both consent boxes start unticked. */
@Named
@RequestScoped
public class JoinPage {
    static final Map<String, String> FIELDS = Map.of("name", "join:name", "email", "join:email",
            "category", "join:category", "organisation", "join:organisation", "unlistedLibrary", "join:unlistedLibrary",
            "password", "join:password");

    @Inject
    ForNextPage forNextPage;

    @Inject
    MembersFacade members;

    @Inject
    EmailLimits emailLimits;

    @Inject
    LibrariesFacade libraries;

    private final ProfileForm form = new ProfileForm();
    private String password;

    public String join() {
        String next = Pages.attempt(FIELDS, () -> {
            emailLimits.checkThisRequest(form.getEmail());
            members.join(new RegisterMember(form.details(), password, form.isNewsletter(), form.isDirectory(),
                    form.listing()));
            forNextPage.put("joinedEmail", form.getEmail());
            return "/joined?faces-redirect=true";
        });
        password = null; // never shown again
        return next;
    }

    public ProfileForm getForm() {
        return form;
    }

    public List<Library> getLibraries() {
        return libraries.communityManaged();
    }

    public MemberCategory[] getCategories() {
        return MemberCategory.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    static LibraryId libraryId(String id) {
        return id == null || id.isBlank() ? null : new LibraryId(id);
    }

    static DirectoryListing listing(ProfileForm form) {
        return new DirectoryListing(form.isShowOrganisation(), form.isShowRegion(), form.isShowEmail(), form.isShowCategory());
    }

    static MemberDetails details(ProfileForm form) {
        return new MemberDetails(form.getName(), form.getEmail(), form.getCategory(), form.getOrganisation(),
                form.getRegion(), libraryId(form.getLibraryId()), form.getUnlistedLibrary());
    }
}
