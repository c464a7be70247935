package uk.cmlnetwork.library;

import java.util.List;
import java.util.Optional;

public interface Libraries {
    void store(Library library);

    Optional<Library> find(LibraryId id);

    /** All libraries, by name. */
    List<Library> all();

    long count();
}
