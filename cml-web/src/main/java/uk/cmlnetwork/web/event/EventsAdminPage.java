package uk.cmlnetwork.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.cmlnetwork.event.EventStatus;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.Pages;

/** Coordinators' events page: proposals, drafts and what is coming up, and a form to put a new event in the programme. */
@Named
@ViewScoped
public class EventsAdminPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EventsAdminFacade events;

    private final EventForm form = new EventForm();
    private EventStatus status = EventStatus.PUBLISHED;
    private transient List<NetworkEvent> programme;
    private String newTopic;

    public List<NetworkEvent> getProgramme() {
        if (programme == null) {
            programme = events.programme();
        }
        return programme;
    }

    public List<Topic> getTopics() {
        return events.topics();
    }

    public List<Library> getLibraries() {
        return events.libraries();
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public EventStatus[] getStartingStatuses() {
        return new EventStatus[] {EventStatus.PUBLISHED, EventStatus.ANNOUNCED, EventStatus.DRAFT};
    }

    public String choiceLabel(EventStatus choice) {
        return switch (choice) {
            case PUBLISHED -> "Everyone: open for booking";
            case ANNOUNCED -> "Everyone, as announced: date or venue to be confirmed; people register interest";
            default -> "Only coordinators: a draft";
        };
    }

    public String schedule() {
        return Pages.attempt(EventForm.fieldIds("schedule"), () -> {
            NetworkEvent event = events.create(form.toSchedule(), status == null ? EventStatus.PUBLISHED : status);
            return "/manage/event?faces-redirect=true&id=" + event.id().value();
        });
    }

    public String addTopic() {
        return Pages.attempt(java.util.Map.of("topic", "topic:name"), () -> {
            Topic added = events.addTopic(newTopic);
            Pages.showInfo("Events and resources can now have the topic " + added.name());
            newTopic = null;
            return null;
        });
    }

    public String getNewTopic() {
        return newTopic;
    }

    public void setNewTopic(String newTopic) {
        this.newTopic = newTopic;
    }

    public EventForm getForm() {
        return form;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }
}
