package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.member.Member;

/** The member directory, for signed-in members: only those who chose to be listed. */
@Named
@RequestScoped
public class DirectoryPage {
    @Inject
    MembersFacade members;

    private List<Member> listed;

    public List<Member> getMembers() {
        if (listed == null) {
            listed = members.directory();
        }
        return listed;
    }
}
