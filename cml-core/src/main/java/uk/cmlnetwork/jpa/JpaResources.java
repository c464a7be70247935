package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceId;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceSearch;
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
    public void remove(Resource resource) {
        em.remove(resource);
    }

    @Override
    public Optional<Resource> find(ResourceId id) {
        return Optional.ofNullable(em.find(Resource.class, id.value()));
    }

    // Only the conditions asked for go into the query, each as a bound parameter.
    @Override
    public List<Resource> search(ResourceSearch search, LocalDate today) {
        StringBuilder jpql = new StringBuilder("select r from Resource r where r.listedAt is not null");
        String text = search.text() == null || search.text().isBlank() ? null
                : "%" + search.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        if (text != null) {
            jpql.append(" and (lower(r.title) like :text or lower(r.summary) like :text"
                    + " or exists (select t from Resource q join q.topics t where q = r and lower(t.name) like :text))");
        }
        if (search.kind() != null) {
            jpql.append(" and r.kind = :kind");
        }
        if (search.topicCode() != null) {
            jpql.append(" and exists (select t from Resource q join q.topics t where q = r and t.code = :topic)");
        }
        if (search.outcome() != null) {
            jpql.append(" and exists (select o from Resource q join q.outcomes o where q = r and o = :outcome)");
        }
        if (search.audience() != null) {
            jpql.append(" and (not exists (select a from Resource q join q.audiences a where q = r)"
                    + " or exists (select a from Resource q join q.audiences a where q = r and a = :audience))");
        }
        if (!search.includeClosed()) {
            jpql.append(" and (r.funding.closesOn is null or r.funding.closesOn >= :today)");
        }
        jpql.append(" order by r.publishedAt desc, r.id");
        TypedQuery<Resource> query = em.createQuery(jpql.toString(), Resource.class).setMaxResults(search.limit());
        if (text != null) {
            query.setParameter("text", text);
        }
        if (search.kind() != null) {
            query.setParameter("kind", search.kind());
        }
        if (search.topicCode() != null) {
            query.setParameter("topic", search.topicCode());
        }
        if (search.outcome() != null) {
            query.setParameter("outcome", search.outcome());
        }
        if (search.audience() != null) {
            query.setParameter("audience", search.audience());
        }
        if (!search.includeClosed()) {
            query.setParameter("today", today);
        }
        return query.getResultList();
    }

    @Override
    public List<Resource> newest(int limit) {
        return em.createQuery("select r from Resource r where r.listedAt is not null order by r.publishedAt desc, r.id", Resource.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Resource> publishedSince(Instant since) {
        return em.createQuery("select r from Resource r where r.listedAt is not null and r.publishedAt >= :since"
                        + " order by r.publishedAt, r.id",
                        Resource.class)
                .setParameter("since", since)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public List<Resource> fundingClosingBetween(LocalDate from, LocalDate until) {
        return em.createQuery("select r from Resource r where r.listedAt is not null and r.kind = :funding"
                                + " and r.funding.closesOn >= :from and r.funding.closesOn <= :until"
                                + " order by r.funding.closesOn, r.title", Resource.class)
                .setParameter("funding", ResourceKind.FUNDING_OPPORTUNITY)
                .setParameter("from", from)
                .setParameter("until", until)
                .setMaxResults(50)
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
