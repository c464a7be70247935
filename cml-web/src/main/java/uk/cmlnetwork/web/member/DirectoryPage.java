package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.CurrentMember;

/** The member directory, for signed-in members: only those who chose to be listed. */
@Named
@RequestScoped
public class DirectoryPage {
    @Inject
    MembersFacade members;

    @Inject
    CurrentMember current;

    private List<Member> listed;

    /** Reads the directory before the page is written, so a refusal shows at the top of the page. */
    public void load() {
        // A member who has not confirmed their email address is told to, and sees nobody.
        listed = Objects.requireNonNullElse(Pages.attempt(Map.of(), () -> members.directory(current.id())), List.of());
    }

    public List<Member> getMembers() {
        return listed == null ? List.of() : listed;
    }
}
