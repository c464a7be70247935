package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import uk.cmlnetwork.jdbc.JdbcSentCopies;
import uk.cmlnetwork.newsletter.Deliveries;
import uk.cmlnetwork.newsletter.Delivery;
import uk.cmlnetwork.newsletter.DeliveryKey;
import uk.cmlnetwork.newsletter.DeliveryProgress;
import uk.cmlnetwork.newsletter.DeliveryStatus;
import uk.cmlnetwork.newsletter.IssueStatus;

public class JpaDeliveries implements Deliveries {
    private final EntityManager em;

    public JpaDeliveries(EntityManager em) {
        this.em = em;
    }

    // One statement, however long the list: the copies are made in the database, not in memory.
    @Override
    public int addForSubscribers(String issueId) {
        return em.createNativeQuery("INSERT INTO newsletter_delivery"
                        + " (issue_id, subscriber_id, email, name, unsubscribe_token, status, attempts)"
                        + " SELECT CAST(? AS VARCHAR(36)), id, email, name, unsubscribe_token, 'WAITING', 0"
                        + " FROM newsletter_subscriber WHERE status = 'SUBSCRIBED'")
                .setParameter(1, issueId)
                .executeUpdate();
    }

    @Override
    public int releaseStale(Instant now) {
        return em.createQuery("update Delivery d set d.status = :waiting, d.claimedBy = null, d.claimUntil = null"
                        + " where d.status = :sending and d.claimUntil < :now")
                .setParameter("waiting", DeliveryStatus.WAITING)
                .setParameter("sending", DeliveryStatus.SENDING)
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public List<DeliveryKey> waiting(int max) {
        return em.createQuery("select d.key from Delivery d, NewsletterIssue i where i.id = d.key.issueId"
                        + " and i.status = :sending and d.status = :waiting order by i.sendStartedAt, d.key.subscriberId",
                        DeliveryKey.class)
                .setParameter("sending", IssueStatus.SENDING)
                .setParameter("waiting", DeliveryStatus.WAITING)
                .setMaxResults(max)
                .getResultList();
    }

    // The status condition makes the claim safe with several senders: a copy another took is not taken again.
    @Override
    public void claim(List<DeliveryKey> keys, String claim, Instant until) {
        keys.stream().collect(Collectors.groupingBy(DeliveryKey::issueId)).forEach((issue, ofIssue) ->
                em.createQuery("update Delivery d set d.status = :sending, d.claimedBy = :claim, d.claimUntil = :until,"
                                + " d.attempts = d.attempts + 1 where d.key.issueId = :issue"
                                + " and d.key.subscriberId in :ids and d.status = :waiting")
                        .setParameter("sending", DeliveryStatus.SENDING)
                        .setParameter("claim", claim)
                        .setParameter("until", until)
                        .setParameter("issue", issue)
                        .setParameter("ids", InList.padded(ofIssue.stream().map(DeliveryKey::subscriberId).toList()))
                        .setParameter("waiting", DeliveryStatus.WAITING)
                        .executeUpdate());
    }

    @Override
    public List<Delivery> claimedBy(String claim) {
        return em.createQuery("select d from Delivery d where d.claimedBy = :claim and d.status = :sending", Delivery.class)
                .setParameter("claim", claim)
                .setParameter("sending", DeliveryStatus.SENDING)
                .getResultList();
    }

    @Override
    public boolean markSent(DeliveryKey key, String claim, Instant now) {
        return em.createNativeQuery(JdbcSentCopies.MARK_SENT)
                .setParameter(1, JdbcSentCopies.utc(now))
                .setParameter(2, key.issueId())
                .setParameter(3, key.subscriberId())
                .setParameter(4, claim)
                .executeUpdate() == 1;
    }

    @Override
    public void markFailed(DeliveryKey key, String reason) {
        em.createQuery("update Delivery d set d.status = :failed, d.error = :reason, d.sentAt = null, d.claimedBy = null"
                        + " where d.key.issueId = :issue and d.key.subscriberId = :subscriber")
                .setParameter("failed", DeliveryStatus.FAILED)
                .setParameter("reason", reason)
                .setParameter("issue", key.issueId())
                .setParameter("subscriber", key.subscriberId())
                .executeUpdate();
    }

    @Override
    public int retryFailed(String issueId) {
        return em.createQuery("update Delivery d set d.status = :waiting, d.claimedBy = null, d.claimUntil = null"
                        + " where d.key.issueId = :issue and d.status = :failed")
                .setParameter("waiting", DeliveryStatus.WAITING)
                .setParameter("issue", issueId)
                .setParameter("failed", DeliveryStatus.FAILED)
                .executeUpdate();
    }

    @Override
    public DeliveryProgress progress(String issueId) {
        long sent = 0;
        long waiting = 0;
        long failed = 0;
        List<Object[]> rows = em.createQuery("select d.status, count(d) from Delivery d where d.key.issueId = :issue"
                        + " group by d.status", Object[].class)
                .setParameter("issue", issueId)
                .getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            switch ((DeliveryStatus) row[0]) {
                case SENT -> sent = count;
                case FAILED -> failed = count;
                default -> waiting += count;
            }
        }
        return new DeliveryProgress(sent, waiting, failed);
    }

    @Override
    public List<Delivery> failed(String issueId, int limit) {
        return em.createQuery("select d from Delivery d where d.key.issueId = :issue and d.status = :failed"
                        + " order by d.email", Delivery.class)
                .setParameter("issue", issueId)
                .setParameter("failed", DeliveryStatus.FAILED)
                .setMaxResults(limit)
                .getResultList();
    }
}
