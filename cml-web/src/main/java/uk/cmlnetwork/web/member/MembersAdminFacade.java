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
    public Member setGroupCoordinator(MemberId id, uk.cmlnetwork.shared.RegionalGroup group) {
        requireCoordinator();
        return administration.setGroupCoordinator(id, group);
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
