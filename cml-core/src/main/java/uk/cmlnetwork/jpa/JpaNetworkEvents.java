package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.NetworkEvents;

public class JpaNetworkEvents implements NetworkEvents {
    private final EntityManager em;

    public JpaNetworkEvents(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(NetworkEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<NetworkEvent> find(EventId id) {
        return Optional.ofNullable(em.find(NetworkEvent.class, id.value()));
    }

    @Override
    public List<NetworkEvent> upcoming(Instant now, int limit) {
        return em.createQuery("select e from NetworkEvent e where e.endsAt > :now order by e.startsAt, e.id",
                        NetworkEvent.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    // The check and the increment are one statement: the database locks the row, re-reads the
    // count and only then decides, so concurrent bookings queue up instead of overbooking.
    // A CHECK constraint on the table (booked_count <= capacity) backs this up.
    @Override
    public boolean claimPlace(EventId id) {
        int updated = em.createQuery("update NetworkEvent e set e.bookedCount = e.bookedCount + 1,"
                        + " e.version = e.version + 1"
                        + " where e.id = :id and (e.capacity is null or e.bookedCount < e.capacity)")
                .setParameter("id", id.value())
                .executeUpdate();
        return updated == 1;
    }
}
