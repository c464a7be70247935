package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.PeerRouting;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.EventBooking;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.member.Registration;
import uk.cmlnetwork.member.UpdateProfile;
import uk.cmlnetwork.news.MemberNews;
import uk.cmlnetwork.newsletter.MailingList;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.privacy.AccountErasure;
import uk.cmlnetwork.web.mail.MemberMail;
import uk.cmlnetwork.web.newsletter.NewsletterConfirmations;

/**
 * The transaction boundary for a member's own account. Its emails are written to the outbox in the
 * same transaction, so they go exactly when the change they report is saved.
 */
@ApplicationScoped
@Transactional
public class MembersFacade {
    @Inject
    uk.cmlnetwork.advice.MemberDirectory memberDirectory;

    @Inject
    uk.cmlnetwork.shared.GroupSettings groupSettings;

    @Inject
    uk.cmlnetwork.shared.Topics topicList;

    @Inject
    uk.cmlnetwork.web.security.CurrentMember current;

    @Inject
    MemberBlog blog;

    @Inject
    PeerAdvice advice;

    @Inject
    PeerRouting routing;

    @Inject
    MemberNews news;

    @Inject
    MembershipService membership;

    @Inject
    AccountErasure erasure;

    @Inject
    EventBooking bookings;

    @Inject
    MemberMail mail;

    @Inject
    EventProgramme programme;

    @Inject
    MailingList mailingList;

    @Inject
    NewsletterConfirmations newsletterConfirmations;

    public Member join(RegisterMember command) {
        Registration registration = membership.register(command);
        if (!registration.isNew()) {
            mail.alreadyAMember(registration.member());
            return registration.member();
        }
        // One email: confirming the address from it also puts a member who ticked the newsletter on the list.
        mail.confirmEmail(registration.member(), registration.confirmationToken());
        return registration.member();
    }

    /**
     * The member asks to use a new address: a link goes to it (or, if it is another member's, its owner is
     * told instead, as when joining); nothing changes until the link is opened.
     */
    public void requestEmailChange(MemberId id, uk.cmlnetwork.member.ChangeEmail change) {
        Member member = membership.find(id);
        membership.requestEmailChange(id, change).ifPresentOrElse(
                token -> mail.confirmNewEmail(member, member.pendingEmail(), token),
                () -> membership.findByEmail(change.newEmail()).ifPresent(mail::alreadyAMember));
    }

    /** The new address's link was opened: bookings and the newsletter follow; the old address is told. */
    public Member confirmEmailChange(String token) {
        uk.cmlnetwork.member.EmailChanged changed = membership.confirmEmailChange(token);
        bookings.moveBookings(changed.oldEmail(), changed.member().email());
        mailingList.memberChangedAddress(changed.member());
        mail.emailChanged(changed.oldEmail(), changed.member());
        return changed.member();
    }

    public void sendNewConfirmationLink(MemberId id) {
        membership.newConfirmationLink(id).ifPresent(token -> mail.confirmEmail(membership.find(id), token));
    }

    public Member confirmEmail(String token) {
        Member member = membership.confirmEmail(token);
        mailingList.memberConfirmedAddress(member);
        return member;
    }

    public void forgotPassword(String email) {
        membership.requestPasswordReset(email).ifPresent(token ->
                mail.resetPassword(membership.findByEmail(email).orElseThrow(), token));
    }

    public Member resetPassword(String token, String password) {
        return membership.resetPassword(token, password);
    }

    /** Changes the password and returns the member as they now are. */
    public Member changePassword(MemberId id, String current, String replacement) {
        membership.changePassword(id, current, replacement);
        return membership.find(id);
    }

    /** A newsletter consent newly given asks for email confirmation; one withdrawn takes the address off the list. */
    public Member updateProfile(MemberId id, UpdateProfile change) {
        boolean wanted = membership.find(id).newsletterConsent().isGiven();
        Member member = membership.updateProfile(id, change);
        if (change.newsletter() && !wanted) {
            mailingList.memberConsented(member).ifPresent(newsletterConfirmations::ask);
        } else if (!change.newsletter() && wanted) {
            mailingList.memberWithdrew(member);
        }
        return member;
    }

    /** A new secret calendar address for the member; the old one stops working. */
    public String renewCalendarKey(MemberId id) {
        return membership.renewCalendarKey(id);
    }

    public Member find(MemberId id) {
        return membership.find(id);
    }

    /** Everything of the member's own in the blog and Ask the network, for their download of their data. */
    public MyWritingAndChoices writingAndChoicesOf(MemberId id) {
        Member member = membership.find(id);
        return new MyWritingAndChoices(blog.writtenBy(member), advice.questionsBy(member), advice.answersBy(member),
                routing.experienceOf(member), routing.topicsFollowedBy(member), news.choices(id));
    }

    public List<Booking> bookingsOf(MemberId id) {
        return bookings.bookingsOf(membership.find(id).email());
    }

    /** The member's bookings with the events' titles and times, soonest first. */
    public List<MyBooking> myBookings(MemberId id) {
        return bookingsOf(id).stream()
                .map(b -> {
                    NetworkEvent e = programme.find(b.eventId());
                    String status = b.isWaitlisted() ? "Waiting list number " + b.waitlistPosition() : b.status().label();
                    return new MyBooking(b.id().value(), e.id().value(), e.title(), e.startsAt(), status,
                            !b.isCancelled() && !e.hasStartedBy(Instant.now()));
                })
                .sorted(Comparator.comparing(MyBooking::startsAt))
                .toList();
    }

    /** The member directory as the signed-in member searches it (refused until they confirm their address). */
    public List<uk.cmlnetwork.advice.ListedMember> directory(uk.cmlnetwork.advice.MemberDirectoryQuery query) {
        List<Member> listed = membership.directory(membership.find(current.id()));
        return memberDirectory.matching(listed, query);
    }

    public List<uk.cmlnetwork.shared.RegionalGroup> regionalGroups() {
        return groupSettings.current().groups();
    }

    public List<uk.cmlnetwork.shared.Topic> topics() {
        return topicList.all();
    }

    public List<Member> directory(MemberId reader) {
        return membership.directory(membership.find(reader));
    }

    public void deleteAccount(MemberId id) {
        erasure.erase(id);
    }
}
