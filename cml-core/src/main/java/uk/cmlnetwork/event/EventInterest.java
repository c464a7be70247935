package uk.cmlnetwork.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone who asked to be emailed when an announced event opens for booking. */
@Entity
@Table(name = "event_interest")
public class EventInterest {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "told_at")
    private Instant toldAt;

    protected EventInterest() {
    }

    EventInterest(EventId eventId, String name, String email, Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.eventId = eventId.value();
        this.name = name;
        this.email = email;
        this.registeredAt = registeredAt;
    }

    void told(Instant at) {
        toldAt = at;
    }

    public EventId eventId() {
        return new EventId(eventId);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean wasTold() {
        return toldAt != null;
    }
}
