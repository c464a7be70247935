package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.library.NearbyLibrary;
import uk.cmlnetwork.shared.InvalidInput;

/** "Near me": open libraries within some miles of a postcode (libraries-near.xhtml?postcode=BS40+8XE&amp;miles=10). */
@Named
@RequestScoped
public class NearbyLibrariesPage {
    @Inject
    LibrariesFacade libraries;

    private String postcode;
    private String miles;
    private List<NearbyLibrary> found;
    private String problem;

    public void search() {
        if (postcode == null || postcode.isBlank()) {
            return;
        }
        try {
            found = libraries.near(postcode, getMilesAsNumber());
        } catch (InvalidInput invalid) {
            problem = invalid.problems().values().iterator().next();
        }
    }

    public int getMilesAsNumber() {
        try {
            return miles == null || miles.isBlank() ? 10 : Integer.parseInt(miles.strip());
        } catch (NumberFormatException e) {
            return -1; // refused by the directory with a clear message
        }
    }

    public boolean isSearched() {
        return found != null;
    }

    public List<NearbyLibrary> getFound() { return found; }
    public String getProblem() { return problem; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getMiles() { return miles; }
    public void setMiles(String miles) { this.miles = miles; }
}
