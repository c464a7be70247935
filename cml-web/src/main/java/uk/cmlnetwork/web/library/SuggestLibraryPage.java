package uk.cmlnetwork.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.SuggestLibraryChange;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;

/**
 * A member suggests a library missing from the directory (account/suggest-library.xhtml) or a
 * correction to an entry (...?library=id).
 */
@Named
@ViewScoped
public class SuggestLibraryPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "suggest:name", "address", "suggest:address",
            "postcode", "suggest:postcode", "localAuthority", "suggest:authority", "managementType", "suggest:type",
            "website", "suggest:website", "contactEmail", "suggest:email", "note", "suggest:note");

    @Inject
    ForNextPage forNextPage;

    @Inject
    LibrariesFacade libraries;

    @Inject
    DirectorySuggestionsFacade suggestions;

    private String library;
    private transient Library entry;
    private String name;
    private String address;
    private String postcode;
    private String localAuthority;
    private Region region;
    private ManagementType managementType;
    private String website;
    private String email;
    private String note;

    public void load() {
        if (library == null || library.isBlank()) {
            return;
        }
        try {
            entry = libraries.find(new LibraryId(library));
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public boolean isCorrection() {
        return library != null && !library.isBlank();
    }

    public Library getEntry() {
        if (entry == null && isCorrection()) {
            load();
        }
        return entry;
    }

    public String send() {
        SuggestLibraryChange change = new SuggestLibraryChange(name, address, postcode, localAuthority, region,
                managementType, website, email, note);
        return Pages.attempt(FIELDS, () -> {
            if (isCorrection()) {
                suggestions.suggestAmendment(new LibraryId(library), change);
            } else {
                suggestions.suggestAddition(change);
            }
            forNextPage.notice("Thank you: your suggestion is with "
                    + (isCorrection() ? "the library's editors and the network's coordinators" : "the network's coordinators")
                    + ". We will email you when it has been looked at.");
            return isCorrection() ? "/library?faces-redirect=true&id=" + library : "/libraries?faces-redirect=true";
        });
    }

    /** The ways a library that is open today can be run. */
    public List<ManagementType> getManagementTypes() {
        return Arrays.stream(ManagementType.values()).filter(ManagementType::isOpen).toList();
    }

    public Region[] getRegions() { return Region.values(); }
    public String getLibrary() { return library; }
    public void setLibrary(String library) { this.library = library; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(String localAuthority) { this.localAuthority = localAuthority; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public ManagementType getManagementType() { return managementType; }
    public void setManagementType(ManagementType managementType) { this.managementType = managementType; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
