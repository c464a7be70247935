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

    DirectoryPage search(DirectorySearch search);

    /** Libraries with a location inside this box (degrees). */
    List<Library> locatedWithin(double south, double north, double west, double east, boolean communityManagedOnly);

    /** The locations of the libraries at this postcode, or at postcodes starting with it. */
    List<Location> locationsAtPostcode(String postcodeStart);

    List<DirectoryCount> countsByTypeAndRegion();

    /** Every authority named in the directory, in order. */
    List<String> authorities();
}
