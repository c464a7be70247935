package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.Outbox;
import uk.cmlnetwork.mail.OutgoingEmail;

public class JpaOutbox implements Outbox {
    private final EntityManager em;

    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(OutgoingEmail email) {
        em.persist(email);
    }

    @Override
    public Optional<OutgoingEmail> find(String id) {
        return Optional.ofNullable(em.find(OutgoingEmail.class, id));
    }

    // One statement, however long the list: the copies are made in the database, not in memory. Each
    // copy's id (36 characters, like the others) is the subscriber's id with its first eight characters
    // replaced by the issue's: unique per issue and subscriber. The text is written from the issue when sent.
    @Override
    public int queueNewsletterCopies(String issueId, String subject, Instant now) {
        return em.createNativeQuery("INSERT INTO outgoing_email (id, kind, to_email, to_name, subject, queued_at,"
                        + " next_attempt_at, attempts, newsletter_issue_id, unsubscribe_token)"
                        + " SELECT CAST(? AS VARCHAR(8)) || SUBSTR(id, 9), CAST(? AS VARCHAR(40)), email, name,"
                        + " CAST(? AS VARCHAR(300)), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), 0,"
                        + " CAST(? AS VARCHAR(36)), unsubscribe_token"
                        + " FROM newsletter_subscriber WHERE status = 'SUBSCRIBED'")
                .setParameter(1, issueId.substring(0, 8))
                .setParameter(2, MailOutbox.NEWSLETTER)
                .setParameter(3, subject)
                .setParameter(4, utc(now))
                .setParameter(5, utc(now))
                .setParameter(6, issueId)
                .executeUpdate();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public List<String> due(Instant now, int max) {
        return em.createQuery("select e.id from OutgoingEmail e where e.nextAttemptAt <= :now"
                        + " order by e.nextAttemptAt, e.id", String.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    // The due condition is checked again under the row lock, so an email another sender claimed meanwhile
    // is not taken twice. It is written as a case on purpose: as "next_attempt_at <= now" PostgreSQL
    // found the rows through the due-time index, whose range is full of entries for versions of rows
    // claimed a moment ago and not yet cleaned up; under a rush of bookings this statement took 13 ms
    // where marking the same rows sent took 1.5 ms. Written so, it finds them by their ids.
    @Override
    public void claim(List<String> ids, Instant now, Instant until, String claim) {
        em.createQuery("update OutgoingEmail e set e.claimedBy = :claim, e.nextAttemptAt = :until,"
                        + " e.attempts = e.attempts + 1 where e.id in :ids"
                        + " and (case when e.nextAttemptAt <= :now then 1 else 0 end) = 1")
                .setParameter("claim", claim)
                .setParameter("until", until)
                .setParameter("ids", InList.padded(ids))
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public List<OutgoingEmail> claimedBy(String claim) {
        return em.createQuery("select e from OutgoingEmail e where e.claimedBy = :claim order by e.queuedAt, e.id",
                        OutgoingEmail.class)
                .setParameter("claim", claim)
                .getResultList();
    }

    // The text goes once sent: booking emails carry a cancel link whose code the booking only keeps hashed.
    @Override
    public void markSent(List<String> ids, Instant at) {
        em.createQuery("update OutgoingEmail e set e.sentAt = :at, e.nextAttemptAt = null, e.lastError = null,"
                        + " e.body = null, e.calendar = null where e.id in :ids")
                .setParameter("at", at)
                .setParameter("ids", InList.padded(ids))
                .executeUpdate();
    }

    private static final String COUNT = "select sum(case when e.sentAt is not null then 1 else 0 end),"
            + " sum(case when e.sentAt is null and e.lastError is null then 1 else 0 end),"
            + " sum(case when e.sentAt is null and e.lastError is not null then 1 else 0 end)"
            + " from OutgoingEmail e where ";

    @Override
    public OutboxCount count(String kind) {
        return count(em.createQuery(COUNT + "e.kind = :kind", Object[].class).setParameter("kind", kind));
    }

    @Override
    public OutboxCount countAll() {
        return count(em.createQuery(COUNT + "1 = 1", Object[].class));
    }

    @Override
    public OutboxCount countCopies(String issueId) {
        return count(em.createQuery(COUNT + "e.newsletterIssueId = :issue and e.kind = :kind", Object[].class)
                .setParameter("issue", issueId).setParameter("kind", MailOutbox.NEWSLETTER));
    }

    private static OutboxCount count(TypedQuery<Object[]> query) {
        Object[] row = query.getSingleResult();
        return new OutboxCount(number(row[0]), number(row[1]), number(row[2]));
    }

    @Override
    public List<OutgoingEmail> failedCopies(String issueId, int limit) {
        return em.createQuery("select e from OutgoingEmail e where e.newsletterIssueId = :issue and e.kind = :kind"
                        + " and e.sentAt is null and e.lastError is not null order by e.toEmail", OutgoingEmail.class)
                .setParameter("issue", issueId)
                .setParameter("kind", MailOutbox.NEWSLETTER)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int retryFailedCopies(String issueId, Instant now) {
        return em.createQuery("update OutgoingEmail e set e.nextAttemptAt = :now, e.givenUpAt = null"
                        + " where e.newsletterIssueId = :issue and e.kind = :kind and e.sentAt is null"
                        + " and e.lastError is not null")
                .setParameter("now", now)
                .setParameter("issue", issueId)
                .setParameter("kind", MailOutbox.NEWSLETTER)
                .executeUpdate();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
