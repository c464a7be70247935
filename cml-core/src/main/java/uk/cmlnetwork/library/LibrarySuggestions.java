package uk.cmlnetwork.library;

import java.util.List;
import java.util.Optional;

public interface LibrarySuggestions {
    void store(LibrarySuggestion suggestion);

    Optional<LibrarySuggestion> find(SuggestionId id);

    /** Suggestions not yet decided, oldest first. */
    List<LibrarySuggestion> waiting();

    /** Suggestions about this library not yet decided, oldest first. */
    List<LibrarySuggestion> waitingAbout(LibraryId library);

    /** Every suggestion this member made, decided or not. */
    List<LibrarySuggestion> madeBy(String memberId);
}
