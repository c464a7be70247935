package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.library.DirectorySuggestions;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.SuggestLibraryChange;
import uk.cmlnetwork.library.SuggestionId;
import uk.cmlnetwork.library.SuggestionKind;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.web.mail.DecidersNews;
import uk.cmlnetwork.web.mail.NewsMail;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Members' suggestions for the directory, and their review by the library's editors and the
 * coordinators. The member who suggested is emailed the decision, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class DirectorySuggestionsFacade {
    @Inject
    DirectorySuggestions suggestions;

    @Inject
    CurrentMember current;

    @Inject
    uk.cmlnetwork.library.LibraryDirectory directory;

    @Inject
    NewsMail news;

    @Inject
    DecidersNews deciders;

    @Inject
    uk.cmlnetwork.member.MembershipService membership;

    @Inject
    Settings settings;

    @Inject
    DirectoryChanges changes;

    public LibrarySuggestion suggestAddition(SuggestLibraryChange change) {
        return waitingForDecision(suggestions.suggestAddition(current.mustTakePart().id().value(), change));
    }

    public LibrarySuggestion suggestAmendment(LibraryId library, SuggestLibraryChange change) {
        return waitingForDecision(suggestions.suggestAmendment(current.mustTakePart().id().value(), library, change));
    }

    /** The signed-in member says they help run the library: a coordinator decides. */
    public LibrarySuggestion claim(LibraryId library, String note) {
        return waitingForDecision(suggestions.claim(current.mustTakePart().id().value(), library, note));
    }

    private LibrarySuggestion waitingForDecision(LibrarySuggestion suggestion) {
        deciders.suggestionMade(suggestion);
        return suggestion;
    }

    /** Who made a claim, for the coordinator deciding it: their name and email. */
    public String claimant(SuggestionId id) {
        LibrarySuggestion suggestion = toDecide(id);
        if (suggestion.suggestedBy() == null) {
            return "a member who has since left";
        }
        Member member = membership.find(new uk.cmlnetwork.member.MemberId(suggestion.suggestedBy()));
        return member.name() + " (" + member.email() + ")";
    }

    /** The waiting suggestions the signed-in member may decide. */
    public List<LibrarySuggestion> waitingForMe() {
        Member member = current.takingPart();
        return member == null ? List.of() : suggestions.waitingFor(member);
    }

    /** A suggestion, for someone who may decide it; anyone else is refused. */
    public LibrarySuggestion toDecide(SuggestionId id) {
        LibrarySuggestion suggestion = suggestions.find(id);
        if (!suggestions.mayDecide(current.mustTakePart(), suggestion)) {
            throw new NotAllowed();
        }
        return suggestion;
    }

    public Library accept(SuggestionId id) {
        changes.changing();
        Library library = suggestions.accept(current.mustTakePart(), id);
        LibrarySuggestion suggestion = suggestions.find(id);
        if (suggestion.kind() == SuggestionKind.CLAIM) {
            news.tell(suggestion.suggestedBy(), NewsKind.ABOUT_YOUR_POSTS, "You can now edit " + library.name() + "'s profile",
                    "A coordinator accepted your claim to help run " + library.name() + ". You can now keep its profile"
                            + " up to date and choose its other editors: " + settings.siteUrl() + "library.xhtml?id="
                            + library.id().value() + "\n");
            return library;
        }
        tellSuggester(suggestion, "Your suggestion for " + library.name() + " was accepted",
                (suggestion.kind() == SuggestionKind.ADDITION ? "The library is now in the directory: "
                        : "The directory entry now has your correction: ")
                        + settings.siteUrl() + "library.xhtml?id=" + library.id().value() + "\n");
        return library;
    }

    public LibrarySuggestion reject(SuggestionId id, String reason) {
        LibrarySuggestion suggestion = suggestions.reject(current.mustTakePart(), id, reason);
        if (suggestion.kind() == SuggestionKind.CLAIM) {
            String library = directory.find(suggestion.libraryId()).name();
            news.tell(suggestion.suggestedBy(), NewsKind.ABOUT_YOUR_POSTS, "Your claim to help run " + library + " was not accepted",
                    "Your claim to help run " + library + " was not accepted, so you cannot edit its profile. The reviewer"
                            + " said:\n\n" + suggestion.reason() + "\n\nYou said:\n\n" + suggestion.note() + "\n");
            return suggestion;
        }
        String about = suggestion.name() != null ? suggestion.name() : "a library";
        tellSuggester(suggestion, "Your suggestion for the library directory was not accepted",
                "Your suggestion about " + about + " was not accepted. The reviewer said:\n\n" + suggestion.reason()
                        + "\n\nYou said:\n\n" + suggestion.note() + "\n");
        return suggestion;
    }

    private void tellSuggester(LibrarySuggestion suggestion, String subject, String text) {
        news.tell(suggestion.suggestedBy(), NewsKind.ABOUT_YOUR_POSTS, subject,
                "Thank you for helping keep the library directory right. " + text);
    }
}
