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

    public Member setSuspended(MemberId id, boolean suspended) {
        requireCoordinator();
        if (id.equals(current.id())) {
            throw new DomainException("You cannot suspend yourself");
        }
        return administration.setSuspended(id, suspended);
    }

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
    }

}
