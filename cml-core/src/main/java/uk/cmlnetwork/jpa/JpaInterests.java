package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventInterest;
import uk.cmlnetwork.event.Interests;

public class JpaInterests implements Interests {
    private final EntityManager em;

    public JpaInterests(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(EventInterest interest) {
        em.persist(interest);
        em.flush();
    }

    @Override
    public Optional<EventInterest> find(EventId eventId, String email) {
        return em.createQuery("select i from EventInterest i where i.eventId = :event and i.email = :email",
                        EventInterest.class)
                .setParameter("event", eventId.value())
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    @Override
    public List<EventInterest> notYetTold(EventId eventId) {
        return em.createQuery("select i from EventInterest i where i.eventId = :event and i.toldAt is null"
                        + " order by i.registeredAt, i.id", EventInterest.class)
                .setParameter("event", eventId.value())
                .getResultList();
    }

    @Override
    public long count(EventId eventId) {
        return em.createQuery("select count(i) from EventInterest i where i.eventId = :event", Long.class)
                .setParameter("event", eventId.value())
                .getSingleResult();
    }

    @Override
    public void deleteAllFor(String email) {
        em.createQuery("delete from EventInterest i where i.email = :email").setParameter("email", email).executeUpdate();
    }
}
