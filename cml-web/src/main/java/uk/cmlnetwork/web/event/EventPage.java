package uk.cmlnetwork.web.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.Pages;
import uk.cmlnetwork.web.account.CurrentMember;

/** One event's page (bookmarkable as event.xhtml?id=...), with the form to book a place. */
@Named
@ViewScoped
public class EventPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EventsFacade events;

    @Inject
    transient CurrentMember current;

    private String id;
    private transient NetworkEvent event;
    private String name;
    private String email;

    public void load() {
        if (id == null || id.isBlank()) {
            Pages.notFound();
            return;
        }
        try {
            event = events.find(new EventId(id));
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public String book() {
        try {
            if (current.isSignedIn()) {
                Member member = current.get();
                name = member.name();
                email = member.email();
            }
            Booking booking = bookOnce(new BookPlace(new EventId(id), name, email));
            // Post, redirect, get: the address stays bookmarkable and a refresh does not post again.
            Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
            flash.put("bookedEmail", booking.email());
            if (booking.isWaitlisted()) {
                flash.put("waitlistPosition", booking.waitlistPosition());
            }
            return "/event?faces-redirect=true&includeViewParams=true";
        } catch (InvalidInput problems) {
            Pages.showProblems(problems, Map.of("name", "booking:name", "email", "booking:email"));
        } catch (DomainException refused) {
            Pages.showError(refused.getMessage());
        }
        return null;
    }

    // A double click can send two requests at the same moment: the database's one-booking-per-email
    // constraint keeps one, the other's transaction rolls back, and asking again returns the one kept.
    private Booking bookOnce(BookPlace request) {
        try {
            return events.book(request);
        } catch (PersistenceException | TransactionalException clash) {
            return events.book(request);
        }
    }

    public NetworkEvent getEvent() {
        if (event == null && id != null) {
            event = events.find(new EventId(id));
        }
        return event;
    }

    public Instant getNow() {
        return Instant.now();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
