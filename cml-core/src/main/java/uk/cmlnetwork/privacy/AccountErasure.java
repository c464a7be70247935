package uk.cmlnetwork.privacy;

import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.PeerRouting;
import uk.cmlnetwork.news.MemberNews;
import uk.cmlnetwork.event.Bookings;
import uk.cmlnetwork.event.GuestBookingRequests;
import uk.cmlnetwork.event.Interests;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.NetworkEvents;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.LibrarySuggestions;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.newsletter.MailingList;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.NotFound;

/**
 * A member leaving for good (UK GDPR erasure): their personal data is erased at once, their
 * bookings stay only as anonymous counts, and they can never sign in again. Nobody can undo it.
 */
public class AccountErasure {
    private final Members members;
    private final Bookings bookings;
    private final Interests interests;
    private final GuestBookingRequests guestRequests;
    private final LibrarySuggestions suggestions;
    private final MemberBlog blog;

    private final MailingList mailingList;
    private final PeerAdvice advice;
    private final PeerRouting routing;
    private final MemberNews news;
    private final NetworkEvents events;

    public AccountErasure(Members members, Bookings bookings, Interests interests, GuestBookingRequests guestRequests,
                          LibrarySuggestions suggestions, MemberBlog blog, MailingList mailingList, PeerAdvice advice,
                          PeerRouting routing, MemberNews news, NetworkEvents events) {
        this.events = events;
        this.mailingList = mailingList;
        this.advice = advice;
        this.routing = routing;
        this.news = news;
        this.suggestions = suggestions;
        this.blog = blog;
        this.members = members;
        this.bookings = bookings;
        this.interests = interests;
        this.guestRequests = guestRequests;
    }

    public void erase(MemberId id) {
        Member member = members.find(id).orElseThrow(() -> new NotFound("member", id.value()));
        if (member.status() == MemberStatus.DELETED) {
            return;
        }
        bookings.anonymiseAllFor(member.email());
        interests.deleteAllFor(member.email());
        guestRequests.deleteAllFor(member.email());
        suggestions.madeBy(member.id().value()).forEach(LibrarySuggestion::forgetSuggester);
        events.proposedBy(member.id().value()).forEach(NetworkEvent::forgetProposer);
        blog.forgetWriter(member.id().value());
        mailingList.forgetMember(member.id().value());
        advice.forgetMember(member.id().value());
        routing.forgetMember(member.id().value());
        news.forgetMember(member.id().value());
        member.erase();
    }
}
