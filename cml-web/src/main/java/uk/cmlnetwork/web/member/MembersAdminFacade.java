package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberAdministration;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MemberSearch;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/** Coordinators' work on members; every call checks the caller is a coordinator, whatever page it came from. */
@ApplicationScoped
@Transactional
public class MembersAdminFacade {
    @Inject
    MemberAdministration administration;

    @Inject
    CurrentMember current;

    @Inject
    uk.cmlnetwork.shared.GroupSettings groups;

    @Inject
    uk.cmlnetwork.member.MembershipService membership;

    @Inject
    uk.cmlnetwork.web.mail.MemberMail mail;

    @Inject
    uk.cmlnetwork.web.setup.Settings settings;

    @Inject
    MembersFacade members;

    @Inject
    uk.cmlnetwork.library.LibraryDirectory directory;

    @Inject
    uk.cmlnetwork.post.MemberBlog blog;

    public List<Member> search(MemberSearch search) {
        requireCoordinator();
        return administration.search(search);
    }

    public Member setCoordinator(MemberId id, boolean coordinator) {
        requireCoordinator();
        if (!coordinator && id.equals(current.id())) {
            throw new DomainException("You cannot take away your own coordinator role");
        }
        return administration.setCoordinator(id, coordinator);
    }

    /** Makes a member the coordinator of a regional group's libraries (null: of none). */
    public Member setGroupCoordinator(MemberId id, String groupCode) {
        requireCoordinator();
        String was = membership.find(id).coordinatesGroup();
        Member member = administration.setGroupCoordinator(id, groupCode);
        if (groupCode != null && !groupCode.equals(was)) {
            String name = groups.current().find(groupCode).map(uk.cmlnetwork.shared.RegionalGroup::label).orElse(groupCode);
            mail.tell(member.id().value(), "roles", "You now coordinate " + name,
                    "A coordinator made you the coordinator of " + name + ". You now decide the suggestions, claims and"
                            + " meetup proposals for the libraries in its regions, keep their profiles, and can write to the"
                            + " group's members who chose to hear from it: " + settings.siteUrl() + "group.xhtml?group="
                            + groupCode + "\n");
        }
        return member;
    }

    /** The regional groups, to choose from. */
    public java.util.List<uk.cmlnetwork.shared.RegionalGroup> groups() {
        return groups.current().groups();
    }

    /** One member's record: who they are, what they agreed to and when, their roles, bookings and posts. */
    public record MemberRecord(Member member, String library, List<String> librariesEdited, List<MyBooking> bookings,
                               List<uk.cmlnetwork.post.Post> posts) {
    }

    public MemberRecord record(MemberId id) {
        requireCoordinator();
        Member member = membership.find(id);
        List<String> edited = member.editedLibraries().stream()
                .map(library -> directory.find(new uk.cmlnetwork.library.LibraryId(library)).name()).sorted().toList();
        String library = member.libraryId() != null ? directory.find(member.libraryId()).name() : member.unlistedLibrary();
        return new MemberRecord(member, library, edited, members.myBookings(id), blog.writtenBy(member));
    }

    /** Suspends the member, who is told why by email (an account email: it always goes). */
    public Member suspend(MemberId id, String reason) {
        requireCoordinator();
        if (id.equals(current.id())) {
            throw new DomainException("You cannot suspend yourself");
        }
        Member member = administration.suspend(id, reason, java.time.Instant.now());
        mail.tell(member.id().value(), "account", "Your CML Network account is suspended",
                "A coordinator of CML Network suspended your account, so you cannot sign in for now. They said:\n\n"
                        + member.suspensionReason() + "\n\nIf you think this is a mistake, write to "
                        + settings.firstCoordinatorEmail() + ".\n");
        return member;
    }

    /** Lets a suspended member sign in again, and tells them. */
    public Member reinstate(MemberId id) {
        requireCoordinator();
        Member member = administration.setSuspended(id, false);
        mail.tell(member.id().value(), "account", "Your CML Network account is active again",
                "A coordinator of CML Network reinstated your account: you can sign in again at " + settings.siteUrl()
                        + "sign-in.xhtml\n");
        return member;
    }

    /** A member who has not confirmed their address gets a new link (the old ones stop working). */
    public void resendConfirmation(MemberId id) {
        requireCoordinator();
        if (membership.find(id).status() != uk.cmlnetwork.member.MemberStatus.UNVERIFIED) {
            throw new DomainException("This member has already confirmed their email address");
        }
        members.sendNewConfirmationLink(id);
    }

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
    }

}
