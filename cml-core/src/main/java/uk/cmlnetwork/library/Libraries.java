package uk.cmlnetwork.library;

import java.util.List;
import java.util.Optional;

public interface Libraries {
    void store(Library library);

    Optional<Library> find(LibraryId id);

    /** All libraries, by name. */
    List<Library> all();

    /** Community managed libraries (CRL and ICL), by name: the ones members belong to or host events. */
    List<Library> communityManaged();

    long count();

    /** Libraries imported from rows whose key starts with this, e.g. "england-2016:". */
    List<Library> importedFrom(String keyPrefix);

    /** All libraries with their outcomes loaded, for the directory's in-memory copy. */
    List<Library> allWithOutcomes();

    /** How many libraries and the sum of their versions: changes whenever the directory does. */
    DirectoryState state();

    /** Libraries with a location inside this box (degrees). */
    List<Library> locatedWithin(double south, double north, double west, double east, boolean communityManagedOnly);

    /** The locations of the libraries at this postcode, or at postcodes starting with it. */
    List<Location> locationsAtPostcode(String postcodeStart);

    List<DirectoryCount> countsByTypeAndRegion();
}
