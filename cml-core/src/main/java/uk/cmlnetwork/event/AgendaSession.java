package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.cmlnetwork.shared.Text;

/** A session of a conference: a talk, workshop or panel, with its speakers. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "speakers", length = 400)
    private String speakers;

    @Column(name = "room", length = 120)
    private String room;

    protected AgendaSession() {
    }

    AgendaSession(EventId eventId, AddSession details) {
        this.id = UUID.randomUUID().toString();
        this.eventId = eventId.value();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.title = details.title().strip();
        this.speakers = Text.blankToNull(details.speakers());
        this.room = Text.blankToNull(details.room());
    }

    public String id() {
        return id;
    }

    public EventId eventId() {
        return new EventId(eventId);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String title() {
        return title;
    }

    public String speakers() {
        return speakers;
    }

    public String room() {
        return room;
    }
}
