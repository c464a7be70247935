package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceId;
import uk.cmlnetwork.resource.Resources;

public class JpaResources implements Resources {
    private final EntityManager em;

    public JpaResources(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Resource resource) {
        em.persist(resource);
    }

    @Override
    public Optional<Resource> find(ResourceId id) {
        return Optional.ofNullable(em.find(Resource.class, id.value()));
    }

    @Override
    public List<Resource> newest(int limit) {
        return em.createQuery("select r from Resource r order by r.publishedAt desc, r.id", Resource.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Resource> forEvent(EventId eventId) {
        return em.createQuery("select r from Resource r where r.eventId = :event order by r.publishedAt, r.id",
                        Resource.class)
                .setParameter("event", eventId.value())
                .getResultList();
    }
}
