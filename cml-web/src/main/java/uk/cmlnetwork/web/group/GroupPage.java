package uk.cmlnetwork.web.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.web.event.EventsFacade;
import uk.cmlnetwork.web.member.MembersFacade;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.CurrentMember;

/**
 * A regional group's page, group.xhtml?group=GROUP_TWO: its community managed libraries on the map, its
 * upcoming events, and (to confirmed members) the members in its regions who chose to be listed and to
 * show their region.
 */
@Named
@RequestScoped
public class GroupPage {
    private static final int EVENTS_READ = 500;

    @Inject
    EventsFacade events;

    @Inject
    MembersFacade members;

    @Inject
    CurrentMember current;

    private String group;
    private RegionalGroup chosen;

    public void load() {
        chosen = Arrays.stream(RegionalGroup.values()).filter(g -> g.name().equals(group)).findFirst().orElse(null);
        if (chosen == null) {
            Pages.notFound();
        }
    }

    public RegionalGroup getChosen() {
        return chosen;
    }

    public List<Region> getRegions() {
        return chosen == null ? List.of() : Arrays.stream(Region.values()).filter(r -> RegionalGroup.of(r) == chosen).toList();
    }

    public List<NetworkEvent> getEvents() {
        return chosen == null ? List.of() : events.upcoming(EVENTS_READ).stream()
                .filter(e -> e.region() != null && RegionalGroup.of(e.region()) == chosen).toList();
    }

    /** Listed members who show a region in this group; empty for visitors and unconfirmed members. */
    public List<Member> getMembers() {
        if (chosen == null || current.takingPart() == null) {
            return List.of();
        }
        try {
            return members.directory(current.id()).stream().filter(m -> m.listing().showsRegion() && m.region() != null
                    && RegionalGroup.of(m.region()) == chosen).toList();
        } catch (DomainException notConfirmed) {
            return List.of();
        }
    }

    public boolean getSignedIn() {
        return current.takingPart() != null;
    }

    public List<RegionalGroup> getGroups() {
        return List.of(RegionalGroup.values());
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}
