package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventSearch;
import uk.cmlnetwork.event.EventStatus;
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
        // No statement at all when this transaction has read the event already (the query's hint).
        return em.createNamedQuery(NetworkEvent.WITH_TOPICS, NetworkEvent.class)
                .setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<NetworkEvent> search(EventSearch search, Instant now, int limit) {
        StringBuilder jpql = new StringBuilder("select distinct e from NetworkEvent e left join e.topics t"
                + " where e.status in :shown");
        // Upcoming lists leave out cancelled events (their page and the calendar feed still say so).
        jpql.append(search.past() ? " and e.endsAt <= :now"
                : " and e.endsAt > :now" + (search.withCancelled() ? "" : " and e.status <> :cancelled"));
        if (search.type() != null) {
            jpql.append(" and e.type = :type");
        }
        if (search.region() != null) {
            jpql.append(" and e.region = :region");
        }
        if (search.topicCode() != null) {
            jpql.append(" and t.code = :topic");
        }
        jpql.append(search.past() ? " order by e.startsAt desc, e.id" : " order by e.startsAt, e.id");
        TypedQuery<NetworkEvent> query = em.createQuery(jpql.toString(), NetworkEvent.class)
                .setParameter("shown", Arrays.stream(EventStatus.values()).filter(EventStatus::isPublic).toList())
                .setParameter("now", now)
                .setMaxResults(limit);
        if (!search.past() && !search.withCancelled()) {
            query.setParameter("cancelled", EventStatus.CANCELLED);
        }
        if (search.type() != null) {
            query.setParameter("type", search.type());
        }
        if (search.region() != null) {
            query.setParameter("region", search.region());
        }
        if (search.topicCode() != null) {
            query.setParameter("topic", search.topicCode());
        }
        return query.getResultList();
    }

    @Override
    public List<NetworkEvent> publicMatching(String words, int limit) {
        return em.createQuery("select e from NetworkEvent e where e.status in :shown and (lower(e.title) like :words"
                        + " or lower(e.description) like :words) order by e.startsAt desc, e.id", NetworkEvent.class)
                .setParameter("shown", Arrays.stream(EventStatus.values()).filter(EventStatus::isPublic).toList())
                .setParameter("words", Like.containing(words))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<NetworkEvent> proposedBy(String memberId) {
        return em.createQuery("select e from NetworkEvent e where e.proposedBy = :member order by e.startsAt desc, e.id",
                        NetworkEvent.class)
                .setParameter("member", memberId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public List<NetworkEvent> hostedBy(uk.cmlnetwork.library.LibraryId library, int limit) {
        return em.createQuery("select e from NetworkEvent e where e.hostLibraryId = :library and e.status in :shown"
                        + " order by e.startsAt desc, e.id", NetworkEvent.class)
                .setParameter("library", library.value())
                .setParameter("shown", Arrays.stream(EventStatus.values()).filter(EventStatus::isPublic).toList())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<NetworkEvent> notOverOrAwaitingDecision(Instant now, int limit) {
        return em.createQuery("select e from NetworkEvent e where e.endsAt > :now or e.status = :proposed"
                        + " order by e.startsAt, e.id", NetworkEvent.class)
                .setParameter("now", now)
                .setParameter("proposed", EventStatus.PROPOSED)
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
