package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.AgendaSessions;
import uk.cmlnetwork.event.EventId;

public class JpaAgendaSessions implements AgendaSessions {
    private final EntityManager em;

    public JpaAgendaSessions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(AgendaSession session) {
        em.persist(session);
    }

    @Override
    public Optional<AgendaSession> find(String id) {
        return Optional.ofNullable(em.find(AgendaSession.class, id));
    }

    @Override
    public void remove(AgendaSession session) {
        em.remove(session);
    }

    @Override
    public List<AgendaSession> forEvent(EventId eventId) {
        return em.createQuery("select s from AgendaSession s where s.eventId = :event order by s.startsAt, s.title",
                        AgendaSession.class)
                .setParameter("event", eventId.value())
                .getResultList();
    }
}
