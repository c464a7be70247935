package uk.cmlnetwork.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MemberSearch;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.web.page.Pages;

/** Coordinators' member list: search, filter, change roles, suspend. Bookmarkable by its filters. */
@Named
@ViewScoped
public class MembersAdminPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MembersAdminFacade admin;

    private String q;
    private MemberCategory category;
    private Region region;
    private MemberStatus status;
    private transient List<Member> found;
    private transient List<uk.cmlnetwork.shared.RegionalGroup> groups;

    public List<Member> getMembers() {
        if (found == null) {
            found = admin.search(new MemberSearch(q, category, region, status, false));
        }
        return found;
    }

    public String makeCoordinator(String memberId, boolean coordinator) {
        return act(() -> admin.setCoordinator(new MemberId(memberId), coordinator));
    }

    /** Reads the group chosen in the member's row (a plain select named group-{id}). */
    public String setGroup(String memberId) {
        String chosen = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("group-" + memberId);
        String group = chosen == null || chosen.isBlank() ? null : chosen;
        return act(() -> admin.setGroupCoordinator(new MemberId(memberId), group));
    }

    public List<uk.cmlnetwork.shared.RegionalGroup> getGroups() {
        if (groups == null) {
            groups = admin.groups();
        }
        return groups;
    }

    /** The name of the group with this code, as the list shows it. */
    public String groupName(String code) {
        return getGroups().stream().filter(g -> g.code().equals(code)).map(uk.cmlnetwork.shared.RegionalGroup::label)
                .findFirst().orElse(code);
    }

    private String act(Runnable change) {
        return Pages.attempt(Map.of(), () -> {
            change.run();
            found = null;
            return "/coordinator/members?faces-redirect=true&includeViewParams=true";
        });
    }

    public MemberCategory[] getCategories() { return MemberCategory.values(); }
    public Region[] getRegions() { return Region.values(); }
    public MemberStatus[] getStatuses() { return MemberStatus.values(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public MemberCategory getCategory() { return category; }
    public void setCategory(MemberCategory category) { this.category = category; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public MemberStatus getStatus() { return status; }
    public void setStatus(MemberStatus status) { this.status = status; }
}
