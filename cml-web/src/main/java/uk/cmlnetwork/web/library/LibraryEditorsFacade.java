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

    @Inject
    uk.cmlnetwork.library.LibraryDirectory directory;

    @Inject
    uk.cmlnetwork.web.mail.MemberMail mail;

    @Inject
    uk.cmlnetwork.web.setup.Settings settings;

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
        Member by = current.mustTakePart();
        Member removed = administration.setLibraryEditor(by, new MemberId(memberId), library, false);
        if (!removed.id().equals(by.id())) {
            String name = directory.find(library).name();
            mail.tell(removed.id().value(), "roles", "You no longer edit " + name + "'s profile",
                    by.name() + " took you off the editors of " + name + "'s profile in the library directory. If that"
                            + " is a mistake, ask them, or claim the library again from its page: " + page(library) + "\n");
        }
        return removed;
    }

    private String page(LibraryId library) {
        return settings.siteUrl() + "library.xhtml?id=" + library.value();
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
        Member added = administration.setLibraryEditor(current.get(), target.id(), library, true);
        String name = directory.find(library).name();
        mail.tell(added.id().value(), "roles", "You can now edit " + name + "'s profile",
                current.get().name() + " made you an editor of " + name + "'s profile in the library directory. You can now"
                        + " keep it up to date and choose its other editors: " + page(library) + "\n");
        return added;
    }
}
