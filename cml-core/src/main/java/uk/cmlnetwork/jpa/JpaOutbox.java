package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
                        + " e.body = :cleared, e.calendar = null where e.id in :ids")
                .setParameter("at", at)
                .setParameter("cleared", "")
                .setParameter("ids", InList.padded(ids))
                .executeUpdate();
    }

    @Override
    public OutboxCount count(String kind) {
        Object[] row = em.createQuery("select sum(case when e.sentAt is not null then 1 else 0 end),"
                        + " sum(case when e.nextAttemptAt is not null then 1 else 0 end),"
                        + " sum(case when e.givenUpAt is not null then 1 else 0 end)"
                        + " from OutgoingEmail e where e.kind = :kind", Object[].class)
                .setParameter("kind", kind)
                .getSingleResult();
        return new OutboxCount(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
