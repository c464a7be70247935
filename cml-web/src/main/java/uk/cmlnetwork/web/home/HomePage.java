package uk.cmlnetwork.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.web.event.EventsFacade;
import uk.cmlnetwork.web.resource.ResourcesFacade;

/** The home page: what is coming up, what is new, and who can join. */
@Named
@RequestScoped
public class HomePage {
    @Inject
    EventsFacade events;

    @Inject
    ResourcesFacade resources;

    private List<NetworkEvent> upcoming;
    private List<Resource> newest;

    public List<NetworkEvent> getUpcomingEvents() {
        if (upcoming == null) {
            upcoming = events.upcoming(5);
        }
        return upcoming;
    }

    public List<Resource> getNewestResources() {
        if (newest == null) {
            newest = resources.newest(5);
        }
        return newest;
    }

    public MemberCategory[] getMemberCategories() {
        return MemberCategory.values();
    }
}
