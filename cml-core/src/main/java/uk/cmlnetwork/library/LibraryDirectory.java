package uk.cmlnetwork.library;

import java.util.List;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Postcode;

/** The directory of libraries members use to find each other. The caller owns the transaction. */
public class LibraryDirectory {
    private final Libraries libraries;
    private final InputCheck inputCheck;

    public LibraryDirectory(Libraries libraries, InputCheck inputCheck) {
        this.libraries = libraries;
        this.inputCheck = inputCheck;
    }

    public Library add(AddLibrary details) {
        inputCheck.check(details);
        String postcode = null;
        if (details.postcode() != null && !details.postcode().isBlank()) {
            postcode = Postcode.normalise(details.postcode());
            if (postcode == null) {
                throw InvalidInput.of("postcode", "Enter a real UK postcode, like BS40 8XE");
            }
        }
        if (details.stage() != null && !details.managementType().isCommunityManaged()) {
            throw InvalidInput.of("stage", "Only community managed libraries (CRL or ICL) have a stage");
        }
        Library library = new Library(LibraryId.newId(), details, postcode);
        libraries.store(library);
        return library;
    }

    public Library find(LibraryId id) {
        return libraries.find(id).orElseThrow(() -> new NotFound("library", id.value()));
    }

    public List<Library> all() {
        return libraries.all();
    }
}
