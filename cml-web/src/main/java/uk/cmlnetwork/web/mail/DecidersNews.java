package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.DirectorySuggestions;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.SuggestionKind;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Tells those who decide something a member sent in that it is waiting for them, as each chose for
 * "new things waiting for your decision". Who decides is the core's rule for each kind of thing, asked
 * of every possible decider. Called inside the transaction that saves the new thing.
 */
@ApplicationScoped
public class DecidersNews {
    @Inject
    MembershipService membership;

    @Inject
    EventProgramme programme;

    @Inject
    DirectorySuggestions suggestions;

    @Inject
    NewsMail news;

    @Inject
    Settings settings;

    public void postSentForReview(Post post) {
        tell(null, Member::reviewsPosts, "A blog post to review: " + post.title(),
                "A member sent in a blog post for the network's blog: \"" + post.title() + "\".\n\n"
                        + "Review it: " + settings.siteUrl() + "coordinator/review-post.xhtml?id=" + post.id().value() + "\n");
    }

    /** A new member's first question or answer waits for a coordinator before anyone else sees it. */
    public void adviceToApprove(String what, String questionTitle) {
        tell(null, member -> member.isCoordinator() && member.mayTakePart(), what + ": " + questionTitle,
                what + " (\"" + questionTitle + "\") waits for a coordinator before other members see it.\n\n"
                        + "Approve or remove it: " + settings.siteUrl() + "coordinator/advice.xhtml\n");
    }

    public void meetupProposed(NetworkEvent meetup) {
        tell(null, member -> programme.mayDecide(member, meetup), "A meetup proposal: " + meetup.title(),
                "A member proposed a regional meetup, \"" + meetup.title() + "\", and it waits for your decision.\n\n"
                        + "Approve or decline it: " + settings.siteUrl() + "manage/event.xhtml?id=" + meetup.id().value() + "\n");
    }

    public void suggestionMade(LibrarySuggestion suggestion) {
        String what = switch (suggestion.kind()) {
            case ADDITION -> "A library to add to the directory: " + suggestion.name();
            case AMENDMENT -> "A correction to a library's directory entry";
            case CLAIM -> "A member says they help run a library";
        };
        LibraryId library = suggestion.kind() == SuggestionKind.ADDITION ? null : suggestion.libraryId();
        tell(library, member -> suggestions.mayDecide(member, suggestion), what,
                what + ".\n\nIt waits for your decision: " + settings.siteUrl() + "manage/library-suggestion.xhtml?id="
                        + suggestion.id().value() + "\n");
    }

    private void tell(LibraryId library, Predicate<Member> decides, String subject, String text) {
        membership.possibleDeciders(library).stream().filter(decides).forEach(member -> news.tell(member.id().value(),
                NewsKind.WAITING_FOR_YOU, subject, text + "\nEverything waiting for you: " + settings.siteUrl()
                        + "account/waiting.xhtml\n"));
    }
}
