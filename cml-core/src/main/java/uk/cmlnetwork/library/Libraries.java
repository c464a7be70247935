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

    /** All libraries with their outcomes loaded, for the directory's in-memory copy. */
    List<Library> allWithOutcomes();

    /** How many libraries and the sum of their versions: changes whenever the directory does. */
    DirectoryState state();

    /** Libraries with a location inside this box (degrees). */
    List<Library> locatedWithin(double south, double north, double west, double east, boolean communityManagedOnly);

    /** The locations of the libraries at this postcode, or at postcodes starting with it. */
    List<Location> locationsAtPostcode(String postcodeStart);

    /** Static libraries (and those no dataset typed), by how they are run and region. */
    List<DirectoryCount> countsByTypeAndRegion();

    void record(LibraryDatasetRecord record);

    /** What each dataset said of this library, newest first. */
    List<LibraryDatasetRecord> datasetRecords(LibraryId library);

    /** What this dataset last said of each library it spoke of, by library id. */
    java.util.Map<String, String> saidBy(String dataset);
}
