package uk.cmlnetwork.web.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.GroupMap;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.web.event.EventsFacade;
import uk.cmlnetwork.web.member.MembersFacade;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.CurrentMember;

/**
 * A regional group's page, group.xhtml?group=GROUP_TWO: its community managed libraries on the map, its
 * upcoming events, (to confirmed members) the members in its regions who chose to be listed and to show
 * their region, and (to its coordinator) the meetups waiting for a decision and a form to write to its
 * members.
 */
@Named
@RequestScoped
public class GroupPage {
    private static final int EVENTS_READ = 500;
    private static final Map<String, String> FIELDS = Map.of("subject", "write:subject", "text", "write:text");

    @Inject
    EventsFacade events;

    @Inject
    MembersFacade members;

    @Inject
    RegionalGroupsFacade groups;

    @Inject
    CurrentMember current;

    @Inject
    ForNextPage forNextPage;

    private String group;
    private GroupMap map;
    private String subject;
    private String text;

    public void load() {
        if (getChosen() == null) {
            Pages.notFound();
        }
    }

    private GroupMap map() {
        if (map == null) {
            map = groups.current();
        }
        return map;
    }

    public RegionalGroup getChosen() {
        if (group == null) {
            // A post of the page's form: the view parameter is set only after the form's button is read, and
            // the button is shown only to the group's coordinator, so the form carries the group itself.
            group = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("group");
        }
        return group == null ? null : map().find(group).orElse(null);
    }

    public List<Region> getRegions() {
        return getChosen() == null ? List.of() : map().regionsOf(group);
    }

    public List<NetworkEvent> getEvents() {
        return getChosen() == null ? List.of() : events.upcoming(EVENTS_READ).stream()
                .filter(e -> map().covers(group, e.region())).toList();
    }

    /** Listed members who show a region in this group; empty for visitors and unconfirmed members. */
    public List<Member> getMembers() {
        if (getChosen() == null || current.takingPart() == null) {
            return List.of();
        }
        try {
            return members.directory(current.id()).stream().filter(m -> m.listing().showsRegion()
                    && map().covers(group, m.region())).toList();
        } catch (DomainException notConfirmed) {
            return List.of();
        }
    }

    /** The group's coordinator (or a coordinator) sees its proposals and may write to its members. */
    public boolean getLooksAfter() {
        return getChosen() != null && groups.looksAfter(group);
    }

    public List<NetworkEvent> getProposals() {
        return getChosen() == null ? List.of() : groups.proposals(group);
    }

    public int getMemberCount() {
        return getChosen() == null ? 0 : groups.memberCount(group);
    }

    public String write() {
        return Pages.attempt(FIELDS, () -> {
            int count = groups.write(group, subject, text);
            forNextPage.notice("Your message is on its way to " + count + (count == 1 ? " member" : " members")
                    + " of the group who chose to hear from it; the others are not emailed");
            return "/group?faces-redirect=true&group=" + group;
        });
    }

    public boolean getSignedIn() {
        return current.takingPart() != null;
    }

    public List<RegionalGroup> getGroups() {
        return map().groups();
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
