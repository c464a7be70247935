package uk.cmlnetwork.event;

import java.util.List;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;

/** The agenda of a conference: its sessions and speakers. The caller owns the transaction. */
public class ConferenceAgenda {
    private final NetworkEvents events;
    private final AgendaSessions sessions;
    private final InputCheck inputCheck;

    public ConferenceAgenda(NetworkEvents events, AgendaSessions sessions, InputCheck inputCheck) {
        this.events = events;
        this.sessions = sessions;
        this.inputCheck = inputCheck;
    }

    public AgendaSession add(EventId eventId, AddSession details) {
        inputCheck.check(details);
        NetworkEvent event = events.find(eventId).orElseThrow(() -> new NotFound("event", eventId.value()));
        if (event.type() != EventType.CONFERENCE) {
            throw new DomainException("Only a conference has an agenda of sessions");
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw InvalidInput.of("endsAt", "The session must end after it starts");
        }
        if (details.startsAt().isBefore(event.startsAt()) || details.endsAt().isAfter(event.endsAt())) {
            throw InvalidInput.of("startsAt", "The session must be within the conference's own times");
        }
        AgendaSession session = new AgendaSession(eventId, details);
        sessions.store(session);
        return session;
    }

    public void remove(String sessionId) {
        sessions.remove(sessions.find(sessionId).orElseThrow(() -> new NotFound("session", sessionId)));
    }

    public AgendaSession find(String sessionId) {
        return sessions.find(sessionId).orElseThrow(() -> new NotFound("session", sessionId));
    }

    public List<AgendaSession> of(EventId eventId) {
        return sessions.forEvent(eventId);
    }
}
