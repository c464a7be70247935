package uk.cmlnetwork.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.library.LibrariesFacade;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;

/** A member proposes a regional meetup hosted by a member library; a coordinator then approves it. */
@Named
@ViewScoped
public class ProposeMeetupPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ForNextPage forNextPage;

    @Inject
    EventsFacade events;

    @Inject
    LibrariesFacade libraries;

    private final EventForm form = new EventForm();

    public String propose() {
        form.setType(EventType.REGIONAL_MEETUP);
        return Pages.attempt(EventForm.fieldIds("meetup"), () -> {
            events.proposeMeetup(form.toSchedule());
            forNextPage.put("proposed", form.getTitle());
            return "/account/profile?faces-redirect=true";
        });
    }

    public EventForm getForm() {
        return form;
    }

    public List<Topic> getTopics() {
        return libraries.topics();
    }

    public List<Library> getLibraries() {
        return libraries.communityManaged();
    }

    public Region[] getRegions() {
        return Region.values();
    }
}
