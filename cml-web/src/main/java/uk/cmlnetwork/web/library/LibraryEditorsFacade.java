package uk.cmlnetwork.web.library;

import uk.cmlnetwork.member.MemberId;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberAdministration;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.web.security.CurrentMember;

/** Choosing who edits a library's profile: a coordinator, or one of the library's editors. */
@ApplicationScoped
@Transactional
public class LibraryEditorsFacade {
    @Inject
    MemberAdministration administration;

    @Inject
    MembershipService membership;

    @Inject
    CurrentMember current;

    /** Whether the signed-in member may choose this library's editors (the page shows the form only then). */
    public boolean mayChooseEditors(LibraryId library) {
        Member member = current.takingPart();
        return member != null && member.mayLookAfter(library);
    }

    /** The library's editors, for signed-in members (nobody else sees who they are). */
    public List<Member> editorsOf(LibraryId library) {
        return current.takingPart() == null ? List.of() : administration.editorsOf(library);
    }

    /** An editor or a coordinator takes someone off the library's editors (the core checks who asks). */
    public Member removeEditor(LibraryId library, String memberId) {
        return administration.setLibraryEditor(current.mustTakePart(), new MemberId(memberId), library, false);
    }

    /** Whether the signed-in member could claim the library: a member who does not already look after it. */
    public boolean mayClaim(LibraryId library) {
        Member member = current.takingPart();
        return member != null && !member.mayLookAfter(library);
    }

    public Member addEditor(LibraryId library, String email) {
        Member target = membership.findByEmail(email == null ? "" : email)
                .orElseThrow(() -> InvalidInput.of("editorEmail", "There is no member with that email address"));
        // The core checks again that the signed-in member may do this.
        return administration.setLibraryEditor(current.get(), target.id(), library, true);
    }
}
