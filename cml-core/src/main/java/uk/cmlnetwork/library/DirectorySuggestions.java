package uk.cmlnetwork.library;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Text;

/**
 * Members suggest missing libraries and corrections; the library's editors or a coordinator
 * accept (the entry changes and counts as confirmed) or reject them with a reason. The caller owns
 * the transaction.
 */
public class DirectorySuggestions {
    private final LibrarySuggestions suggestions;
    private final LibraryDirectory directory;
    private final InputCheck inputCheck;
    private final Clock clock;
    private final LibraryEditors editors;

    public DirectorySuggestions(LibrarySuggestions suggestions, LibraryDirectory directory, InputCheck inputCheck,
                                Clock clock, LibraryEditors editors) {
        this.editors = editors;
        this.suggestions = suggestions;
        this.directory = directory;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /** A library missing from the directory: its name and how it is run are needed. */
    public LibrarySuggestion suggestAddition(String memberId, SuggestLibraryChange change) {
        inputCheck.check(change);
        if (change.name() == null || change.name().isBlank()) {
            throw InvalidInput.of("name", "Enter the library's name");
        }
        if (change.managementType() == null) {
            throw InvalidInput.of("managementType", "Choose how the library is run");
        }
        return store(SuggestionKind.ADDITION, null, memberId, change);
    }

    /** A correction to an entry: blank fields are left as they are. */
    public LibrarySuggestion suggestAmendment(String memberId, LibraryId library, SuggestLibraryChange change) {
        directory.find(library);
        inputCheck.check(change);
        return store(SuggestionKind.AMENDMENT, library, memberId, change);
    }

    /**
     * A member says they help run the library (the note says how) and asks to edit its profile. One claim
     * of theirs waits at a time for each library.
     */
    public LibrarySuggestion claim(String memberId, LibraryId library, String note) {
        directory.find(library);
        SuggestLibraryChange change = new SuggestLibraryChange(null, null, null, null, null, null, null, null,
                note == null || note.isBlank() ? null : note.strip());
        if (change.note() == null) {
            throw InvalidInput.of("note", "Say how you help run the library, so a coordinator can check it");
        }
        inputCheck.check(change);
        boolean waiting = suggestions.waitingAbout(library).stream()
                .anyMatch(s -> s.kind() == SuggestionKind.CLAIM && s.suggestedBy().equals(memberId));
        if (waiting) {
            throw new DomainException("Your claim to help run this library is already waiting for a coordinator");
        }
        return store(SuggestionKind.CLAIM, library, memberId, change);
    }

    private LibrarySuggestion store(SuggestionKind kind, LibraryId library, String memberId, SuggestLibraryChange change) {
        if (memberId == null || memberId.isBlank()) {
            throw new DomainException("Sign in as a member to suggest a change to the directory");
        }
        LibrarySuggestion suggestion = new LibrarySuggestion(SuggestionId.newId(), kind, library, memberId, change,
                LibraryDirectory.postcode(change.postcode()), clock.instant());
        suggestions.store(suggestion);
        return suggestion;
    }

    public LibrarySuggestion find(SuggestionId id) {
        return suggestions.find(id).orElseThrow(() -> new NotFound("suggestion", id.value()));
    }

    /** The waiting suggestions this reviewer may decide, oldest first. */
    public List<LibrarySuggestion> waitingFor(LibraryKeeper reviewer) {
        if (reviewer == null) {
            return List.of();
        }
        uk.cmlnetwork.shared.GroupMap groups = directory.groupsNow(); // read once for the whole queue
        return suggestions.waiting().stream().filter(s -> mayDecide(reviewer, s, groups)).toList();
    }

    /** What a member suggested or claimed, whatever became of it. */
    public List<LibrarySuggestion> madeBy(String memberId) {
        return suggestions.madeBy(memberId).stream()
                .sorted(java.util.Comparator.comparing(LibrarySuggestion::suggestedAt).reversed()).toList();
    }

    public List<LibrarySuggestion> waitingAbout(LibraryId library) {
        return suggestions.waitingAbout(library);
    }

    /**
     * Additions and claims are for coordinators (and the coordinator of the library's regional group);
     * corrections for the library's editors too.
     */
    public boolean mayDecide(LibraryKeeper reviewer, LibrarySuggestion suggestion) {
        return reviewer != null && mayDecide(reviewer, suggestion, directory.groupsNow());
    }

    private boolean mayDecide(LibraryKeeper reviewer, LibrarySuggestion suggestion, uk.cmlnetwork.shared.GroupMap groups) {
        if (reviewer == null) {
            return false;
        }
        uk.cmlnetwork.shared.Region region = suggestion.libraryId() != null ? directory.find(suggestion.libraryId()).region()
                : suggestion.region();
        boolean groupCoordinator = reviewer.coordinatesGroup() != null && groups.covers(reviewer.coordinatesGroup(), region);
        return reviewer.mayLookAfterEveryLibrary() || groupCoordinator
                || suggestion.kind() == SuggestionKind.AMENDMENT && reviewer.mayLookAfter(suggestion.libraryId());
    }

    /**
     * Accepts: an addition becomes a new library, a correction is written onto the entry (either way the
     * entry counts as confirmed now), a claim makes the member an editor of the library's profile.
     */
    public Library accept(LibraryKeeper reviewer, SuggestionId id) {
        LibrarySuggestion suggestion = decidable(reviewer, id);
        Library library;
        if (suggestion.kind() == SuggestionKind.CLAIM) {
            library = directory.find(suggestion.libraryId());
            editors.makeEditor(suggestion.suggestedBy(), library.id());
        } else if (suggestion.kind() == SuggestionKind.ADDITION) {
            library = directory.add(new AddLibrary(suggestion.name(), suggestion.address(), suggestion.postcode(),
                    suggestion.localAuthority(), suggestion.region(), suggestion.managementType(), null,
                    suggestion.website(), suggestion.contactEmail()));
            library.confirmed(clock.instant());
        } else {
            Library entry = directory.find(suggestion.libraryId());
            library = directory.updateProfile(reviewer, entry.id(), new LibraryProfile(
                    Text.orElse(suggestion.name(), entry.name()), Text.orElse(suggestion.address(), entry.address()),
                    Text.orElse(suggestion.postcode(), entry.postcode()), Text.orElse(suggestion.website(), entry.website()),
                    Text.orElse(suggestion.contactEmail(), entry.contactEmail()), entry.stage(), entry.legalForm(),
                    entry.assetTransfer(), entry.volunteers(), entry.services(), Set.copyOf(entry.outcomes())));
            // (a profile without visiting details keeps the entry's phone, accessibility notes and hours)
        }
        suggestion.accept(library.id(), clock.instant());
        return library;
    }

    /** Rejects, with a reason the member who suggested it is told. */
    public LibrarySuggestion reject(LibraryKeeper reviewer, SuggestionId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Say why the suggestion is not accepted: the member who made it is told");
        }
        if (reason.strip().length() > 1000) {
            throw InvalidInput.of("reason", "The reason must be 1,000 characters or fewer");
        }
        LibrarySuggestion suggestion = decidable(reviewer, id);
        suggestion.reject(reason, clock.instant());
        return suggestion;
    }

    private LibrarySuggestion decidable(LibraryKeeper reviewer, SuggestionId id) {
        LibrarySuggestion suggestion = find(id);
        if (!mayDecide(reviewer, suggestion)) {
            throw new DomainException(suggestion.kind() == SuggestionKind.ADDITION
                    ? "Only the network's coordinators can add a library to the directory"
                    : suggestion.kind() == SuggestionKind.CLAIM
                    ? "Only the network's coordinators can decide who helps run a library"
                    : "Only this library's editors and the network's coordinators can decide on corrections to it");
        }
        return suggestion;
    }
}
