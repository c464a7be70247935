package uk.cmlnetwork.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.RegisterInterest;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.EmailLimits;

/**
 * One event's page (bookmarkable as event.xhtml?id=...): signed-in members book at once; guests are
 * emailed a link that books; for an announced event, people register interest.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "booking:name", "email", "booking:email");

    @Inject
    EmailLimits emailLimits;

    @Inject
    ForNextPage forNextPage;

    @Inject
    EventsFacade events;

    @Inject
    CurrentMember current;

    private String id;
    private final RenderCache shown = new RenderCache();
    private String name;
    private String email;

    public void load() {
        if (id == null || id.isBlank()) {
            Pages.notFound();
            return;
        }
        try {
            getView();
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public String book() {
        return Pages.attempt(FIELDS, () -> {
            if (current.isSignedIn()) {
                Booking booking = events.bookMyPlace(new EventId(id));
                forNextPage.put("bookedEmail", booking.email());
                if (booking.isWaitlisted()) {
                    forNextPage.put("waitlistPosition", events.placeOnWaitingList(booking));
                }
            } else {
                emailLimits.checkThisRequest(email);
                events.requestAsGuest(new BookPlace(new EventId(id), name, email));
                forNextPage.put("checkEmail", email.strip());
            }
            // Post, redirect, get: the address stays bookmarkable and a refresh does not post again.
            return "/event?faces-redirect=true&includeViewParams=true";
        });
    }

    public String registerInterest() {
        return Pages.attempt(Map.of("name", "interest:name", "email", "interest:email"), () -> {
            if (current.isSignedIn()) {
                name = current.get().name();
                email = current.get().email();
            }
            events.registerInterest(new RegisterInterest(new EventId(id), name, email));
            forNextPage.put("interestEmail", email.strip());
            return "/event?faces-redirect=true&includeViewParams=true";
        });
    }

    public void refresh() {
        shown.forgetOnPostback();
    }

    private EventView getView() {
        return shown.get("view", () -> events.view(new EventId(id)));
    }

    public NetworkEvent getEvent() {
        return getView().event();
    }

    public List<AgendaSession> getAgenda() {
        return getView().agenda();
    }

    public List<Resource> getMaterials() {
        return getView().materials();
    }

    /** The member's own live booking, to show an online event's joining link to those booked. */
    public Booking getMyBooking() {
        return getView().myBooking();
    }

    /** Where the member's booking is on the waiting list now (1: next), or null if they have a place. */
    public Integer getMyPlaceInQueue() {
        return getView().myPlaceInQueue();
    }

    /** The signed-in member gives up their place (or leaves the waiting list) from the event's page. */
    public String cancelMine() {
        return Pages.attempt(java.util.Map.of(), () -> {
            events.cancelOwn(getMyBooking().id());
            forNextPage.notice("Your booking is cancelled");
            return "/event?faces-redirect=true&id=" + id;
        });
    }

    public boolean isManager() {
        return getView().manager();
    }

    public Library getHost() {
        return getView().host();
    }

    public Instant getNow() {
        return Instant.now();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
