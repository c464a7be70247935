package uk.cmlnetwork.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.RegionalGroups;

/**
 * What coordinators do with members: find them, grant and take away roles, suspend, and what a
 * member does to leave for good. Who may call what is checked by the caller (the web module) and
 * again here where it depends on the data (an editor may only grant editing of their own library).
 */
public class MemberAdministration {
    private final Members members;
    private final RegionalGroups groups;

    public MemberAdministration(Members members, RegionalGroups groups) {
        this.members = members;
        this.groups = groups;
    }

    public List<Member> search(MemberSearch search) {
        return members.search(search);
    }

    public Member setCoordinator(MemberId id, boolean coordinator) {
        Member member = find(id);
        refuseDeleted(member);
        member.makeCoordinator(coordinator);
        return member;
    }

    /** A coordinator, or an existing editor of that library, makes someone an editor of it. */
    public Member setLibraryEditor(Member grantedBy, MemberId id, LibraryId library, boolean editor) {
        if (!grantedBy.mayLookAfter(library)) {
            throw new DomainException("Only a coordinator or an editor of this library can choose its editors");
        }
        Member member = find(id);
        refuseDeleted(member);
        member.makeEditorOf(library, editor);
        return member;
    }

    /** The members who edit this library's profile, by name. */
    public List<Member> editorsOf(LibraryId library) {
        return members.editorsOf(library);
    }

    /**
     * A coordinator accepted the member's claim to help run the library (DirectorySuggestions checked who
     * decided): they become an editor of its profile.
     */
    public void grantClaim(MemberId id, LibraryId library) {
        Member member = find(id);
        refuseDeleted(member);
        member.makeEditorOf(library, true);
    }

    /** A coordinator makes a member the coordinator of a regional group (null: of none). */
    public Member setGroupCoordinator(MemberId id, String groupCode) {
        Member member = find(id);
        refuseDeleted(member);
        if (groupCode != null && groups.find(groupCode).isEmpty()) {
            throw InvalidInput.of("group", "Choose one of the network's regional groups");
        }
        member.coordinateGroup(groupCode);
        return member;
    }

    /**
     * A coordinator suspends a member, saying why (the member is told): they cannot sign in until
     * reinstated. The reason is kept on their record until then.
     */
    public Member suspend(MemberId id, String reason, java.time.Instant now) {
        Member member = find(id);
        refuseDeleted(member);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInput.of("reason", "Enter why you are suspending " + member.name() + ": they will be told");
        }
        if (why.length() > 1000) {
            throw InvalidInput.of("reason", "The reason must be 1000 characters or fewer");
        }
        member.suspend(why, now);
        return member;
    }

    public Member setSuspended(MemberId id, boolean suspended) {
        Member member = find(id);
        refuseDeleted(member);
        member.suspend(suspended);
        return member;
    }

    /** Makes the first coordinator at install time: an existing member, or a new account with no password yet. */
    public Optional<Member> firstCoordinator(String email, String name, Instant now) {
        if (members.anyCoordinator()) {
            return Optional.empty();
        }
        Member member = members.findByEmail(Member.normaliseEmail(email)).orElseGet(() -> {
            Member created = new Member(MemberId.newId(), new MemberDetails(name, email, MemberCategory.SUPPORTER,
                    "CML Network", null, null, null), now);
            members.store(created);
            return created;
        });
        member.makeCoordinator(true);
        return Optional.of(member);
    }

    private Member find(MemberId id) {
        return members.find(id).orElseThrow(() -> new NotFound("member", id.value()));
    }

    private static void refuseDeleted(Member member) {
        if (member.status() == MemberStatus.DELETED) {
            throw new DomainException("This account has been deleted at the member's request and cannot be changed");
        }
    }
}
