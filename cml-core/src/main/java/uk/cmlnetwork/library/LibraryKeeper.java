package uk.cmlnetwork.library;

/**
 * Someone who may be allowed to look after a library's entry (a member, as the membership sees
 * them). The directory asks; the membership answers, without the directory depending on it.
 */
public interface LibraryKeeper {
    /** Keeps this library's profile and chooses its editors. */
    boolean mayLookAfter(LibraryId library);

    /** Looks after the whole directory (a coordinator): decides which missing libraries are added. */
    default boolean mayLookAfterEveryLibrary() {
        return false;
    }

    /** The code of the regional group whose libraries they look after as its group coordinator, or null. */
    default String coordinatesGroup() {
        return null;
    }
}
