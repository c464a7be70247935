package uk.cmlnetwork.web.waiting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.advice.AdviceModeration;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.DirectorySuggestions;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.SuggestionKind;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.web.security.CurrentMember;

/**
 * What waits for the signed-in member's decision (each count by the core's own rule of who decides it),
 * and where each thing they sent in stands.
 */
@ApplicationScoped
@Transactional
public class WaitingForYouFacade {
    @Inject
    CurrentMember current;

    @Inject
    MemberBlog blog;

    @Inject
    AdviceModeration moderation;

    @Inject
    EventProgramme programme;

    @Inject
    DirectorySuggestions suggestions;

    @Inject
    LibraryDirectory directory;

    /** Counts of what waits for a decider's decision; nothing waits for a member who decides nothing. */
    public record Waiting(int posts, int questionsAndAnswers, List<NetworkEvent> meetups, int suggestions) {
        public int total() {
            return posts + questionsAndAnswers + meetups.size() + suggestions;
        }
    }

    /** One library suggestion or claim as its member sees it: what it was about, and what became of it. */
    public record SentSuggestion(String about, String kind, LibrarySuggestion suggestion) {
    }

    /** Everything the member sent in that someone decides. */
    public record SentIn(List<Post> posts, List<SentSuggestion> suggestions, List<NetworkEvent> meetups) {
        public boolean isEmpty() {
            return posts.isEmpty() && suggestions.isEmpty() && meetups.isEmpty();
        }
    }

    public Waiting waitingForMe() {
        Member me = current.mustTakePart();
        return new Waiting(me.reviewsPosts() ? blog.inReview(me).size() : 0,
                me.isCoordinator() ? moderation.awaitingDecision(me).count() : 0,
                programme.proposalsFor(me), suggestions.waitingFor(me).size());
    }

    public SentIn sentInByMe() {
        Member me = current.mustTakePart();
        List<SentSuggestion> mine = suggestions.madeBy(me.id().value()).stream().map(this::asSent).toList();
        return new SentIn(blog.writtenBy(me).stream().filter(p -> p.status() != uk.cmlnetwork.post.PostStatus.DRAFT).toList(),
                mine, programme.proposedBy(me));
    }

    private SentSuggestion asSent(LibrarySuggestion suggestion) {
        String about = suggestion.kind() == SuggestionKind.ADDITION ? suggestion.name()
                : directory.find(suggestion.libraryId()).name();
        String kind = switch (suggestion.kind()) {
            case ADDITION -> "A library to add";
            case AMENDMENT -> "A correction";
            case CLAIM -> "You help run it";
        };
        return new SentSuggestion(about, kind, suggestion);
    }
}
