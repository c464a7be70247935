package uk.cmlnetwork.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.AddSession;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceId;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;

/**
 * One event's management page (manage/event.xhtml?id=...): its lifecycle, its details, a conference's
 * agenda and a held event's recording and handouts. For coordinators, and for the editors of the
 * library hosting a meetup; the facade checks that on every call.
 */
@Named
@ViewScoped
public class ManageEventPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EventManagementFacade events;

    @Inject
    EventsAdminFacade programme;

    private String id;
    private EventForm form;
    private final RenderCache shown = new RenderCache();
    private String sessionStart;
    private String sessionEnd;
    private String sessionTitle;
    private String sessionSpeakers;
    private String sessionRoom;
    private ResourceKind materialKind = ResourceKind.RECORDING;
    private String materialTitle;
    private String materialUrl;
    private String materialSummary;

    public void load() {
        try {
            form = EventForm.of(getEvent());
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    private EventId eventId() {
        return new EventId(id == null ? "" : id);
    }

    public void refresh() {
        shown.forgetOnPostback();
    }

    public NetworkEvent getEvent() {
        return shown.get("event", () -> events.event(eventId()));
    }

    public boolean isCoordinator() {
        return shown.get("coordinator", () -> events.isCoordinator());
    }

    /** Approves or declines the proposal: a coordinator, or the coordinator of the meetup's regional group. */
    public boolean isDecider() {
        return shown.get("decider", () -> events.mayDecide(eventId()));
    }

    public long getInterestCount() {
        return shown.get("interest", () -> events.interestCount(eventId()));
    }

    public List<AgendaSession> getAgenda() {
        return shown.get("agenda", () -> events.agenda(eventId()));
    }

    public List<Resource> getMaterials() {
        return shown.get("materials", () -> events.materials(eventId()));
    }

    public boolean isConference() {
        return getEvent().type() == EventType.CONFERENCE;
    }

    public boolean isStarted() {
        return getEvent().hasStartedBy(Instant.now());
    }

    public String announce() {
        return act(() -> events.announce(eventId()), "The event is announced: people can now register interest");
    }

    public String publish() {
        try {
            int told = events.publish(eventId());
            Pages.showInfo("The event is open for booking" + (told == 0 ? ""
                    : "; " + told + (told == 1 ? " person who registered interest has" : " people who registered interest have")
                    + " been emailed"));
        } catch (InvalidInput problems) {
            Pages.showError("Before booking opens: " + String.join(" ", problems.problems().values()));
        } catch (DomainException refused) {
            Pages.showError(refused.getMessage());
        }
        return null;
    }

    public String approve() {
        return act(() -> events.approve(eventId()), "The meetup is approved and open for booking; the host library's editors manage it");
    }

    public String decline() {
        return act(() -> events.decline(eventId()), "The proposal is declined");
    }

    public String markHeld() {
        return act(() -> events.markHeld(eventId()), "The event is marked as held: add its recording and handouts below");
    }

    public String change() {
        return Pages.attempt(EventForm.fieldIds("details"), () -> {
            events.change(eventId(), form.toSchedule());
            Pages.showInfo("The event's details are saved");
            return null;
        });
    }

    public String addSession() {
        Map<String, String> problems = new LinkedHashMap<>();
        String day = getEvent().startsAt().atZone(NetworkTime.LONDON).toLocalDate().toString();
        Instant starts = EventForm.londonTime(day, sessionStart, "startsAt", problems);
        Instant ends = EventForm.londonTime(day, sessionEnd, "endsAt", problems);
        Map<String, String> ids = Map.of("startsAt", "agenda:start", "endsAt", "agenda:end", "title", "agenda:title",
                "speakers", "agenda:speakers", "room", "agenda:room");
        return Pages.attempt(ids, () -> {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            events.addSession(eventId(), new AddSession(starts, ends, sessionTitle, sessionSpeakers, sessionRoom));
            Pages.showInfo("The session is in the agenda");
            sessionStart = sessionEnd = sessionTitle = sessionSpeakers = sessionRoom = null;
            return null;
        });
    }

    public String removeSession(String sessionId) {
        return act(() -> events.removeSession(sessionId), "The session is removed from the agenda");
    }

    public String attach() {
        return Pages.attempt(Map.of("title", "material:title", "url", "material:url", "kind", "material:kind",
                    "summary", "material:summary"), () -> {
            boolean listed = events.attach(eventId(), new PublishResource(materialTitle, materialSummary, materialKind,
                    List.of(), materialUrl));
            Pages.showInfo(listed ? "Added to the event's page and to the resources"
                    : "Added to the event's page. A coordinator can add it to the resources page too");
            materialTitle = materialUrl = materialSummary = null;
            return null;
        });
    }

    public String listMaterial(String resourceId) {
        return act(() -> events.listMaterial(eventId(), new ResourceId(resourceId)), "Added to the resources page");
    }

    public String withdrawMaterial(String resourceId) {
        return act(() -> events.withdrawMaterial(eventId(), new ResourceId(resourceId)), "Withdrawn from the event's page and the resources page");
    }

    private String act(Runnable change, String done) {
        return Pages.attempt(Map.of(), () -> {
            change.run();
            Pages.showInfo(done);
            return null;
        });
    }

    public List<Topic> getTopics() {
        return programme.topics();
    }

    public List<Library> getLibraries() {
        return programme.libraries();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public ResourceKind[] getMaterialKinds() {
        return new ResourceKind[] {ResourceKind.RECORDING, ResourceKind.HANDOUT};
    }

    public EventForm getForm() { return form; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSessionStart() { return sessionStart; }
    public void setSessionStart(String sessionStart) { this.sessionStart = sessionStart; }
    public String getSessionEnd() { return sessionEnd; }
    public void setSessionEnd(String sessionEnd) { this.sessionEnd = sessionEnd; }
    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String sessionTitle) { this.sessionTitle = sessionTitle; }
    public String getSessionSpeakers() { return sessionSpeakers; }
    public void setSessionSpeakers(String sessionSpeakers) { this.sessionSpeakers = sessionSpeakers; }
    public String getSessionRoom() { return sessionRoom; }
    public void setSessionRoom(String sessionRoom) { this.sessionRoom = sessionRoom; }
    public ResourceKind getMaterialKind() { return materialKind; }
    public void setMaterialKind(ResourceKind materialKind) { this.materialKind = materialKind; }
    public String getMaterialTitle() { return materialTitle; }
    public void setMaterialTitle(String materialTitle) { this.materialTitle = materialTitle; }
    public String getMaterialUrl() { return materialUrl; }
    public void setMaterialUrl(String materialUrl) { this.materialUrl = materialUrl; }
    public String getMaterialSummary() { return materialSummary; }
    public void setMaterialSummary(String materialSummary) { this.materialSummary = materialSummary; }
}
