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

    @Override
    public void releasePlace(EventId id) {
        em.createQuery("update NetworkEvent e set e.bookedCount = e.bookedCount - 1, e.version = e.version + 1"
                        + " where e.id = :id and e.bookedCount > 0")
                .setParameter("id", id.value())
                .executeUpdate();
    }

    @Override
    public int nextWaitlistPosition(EventId id) {
        em.createQuery("update NetworkEvent e set e.waitlistCount = e.waitlistCount + 1, e.version = e.version + 1"
                        + " where e.id = :id")
                .setParameter("id", id.value())
                .executeUpdate();
        // Our update holds the row's lock, so this reads our own increment and nobody else's.
        return em.createQuery("select e.waitlistCount from NetworkEvent e where e.id = :id", Integer.class)
                .setParameter("id", id.value())
                .getSingleResult();
    }

    @Override
    public boolean changeCapacity(EventId id, Integer capacity) {
        String guard = capacity == null ? "" : " and e.bookedCount <= :capacity";
        var update = em.createQuery("update NetworkEvent e set e.capacity = :capacity, e.version = e.version + 1"
                + " where e.id = :id" + guard);
        return update.setParameter("capacity", capacity).setParameter("id", id.value()).executeUpdate() == 1;
    }
}
