package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.newsletter.IssueStatus;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.newsletter.NewsletterIssues;

public class JpaNewsletterIssues implements NewsletterIssues {
    private final EntityManager em;

    public JpaNewsletterIssues(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(NewsletterIssue issue) {
        em.persist(issue);
    }

    @Override
    public Optional<NewsletterIssue> find(String id) {
        return Optional.ofNullable(em.find(NewsletterIssue.class, id));
    }

    @Override
    public List<NewsletterIssue> all(int limit) {
        return em.createQuery("select i from NewsletterIssue i order by i.createdAt desc, i.id", NewsletterIssue.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<NewsletterIssue> archive(int limit) {
        return em.createQuery("select i from NewsletterIssue i where i.status <> :draft"
                        + " order by i.sendStartedAt desc, i.id", NewsletterIssue.class)
                .setParameter("draft", IssueStatus.DRAFT)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Instant> lastSendStarted() {
        // The entity, not max(): the aggregate would bypass the UTC converter of the instant.
        return em.createQuery("select i from NewsletterIssue i where i.sendStartedAt is not null"
                        + " order by i.sendStartedAt desc", NewsletterIssue.class)
                .setMaxResults(1)
                .getResultStream().findFirst().map(NewsletterIssue::sendStartedAt);
    }
}
