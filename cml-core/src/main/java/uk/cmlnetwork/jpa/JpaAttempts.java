package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import uk.cmlnetwork.shared.AttemptCount;
import uk.cmlnetwork.shared.Attempts;

public class JpaAttempts implements Attempts {
    private final EntityManager em;

    public JpaAttempts(EntityManager em) {
        this.em = em;
    }

    @Override
    public AttemptCount countAnother(String key, Instant now, Instant restartBefore) {
        // A count quiet for the whole window starts again; then one more. The updated row stays locked
        // until the transaction ends, so concurrent attempts queue here and each reads the count with
        // its own attempt in it.
        em.createQuery("update AttemptCount a set a.attempts = 0, a.firstAt = :now where a.key = :key and a.lastAt < :restart")
                .setParameter("now", now)
                .setParameter("key", key)
                .setParameter("restart", restartBefore)
                .executeUpdate();
        int counted = em.createQuery("update AttemptCount a set a.attempts = a.attempts + 1, a.previousAt = a.lastAt,"
                        + " a.lastAt = :now where a.key = :key")
                .setParameter("now", now)
                .setParameter("key", key)
                .executeUpdate();
        if (counted == 0) {
            return null;
        }
        return em.createQuery("select a from AttemptCount a where a.key = :key", AttemptCount.class)
                .setParameter("key", key)
                .getSingleResult();
    }

    @Override
    public AttemptCount start(String key, Instant now) {
        AttemptCount first = new AttemptCount(key, now);
        em.persist(first);
        em.flush(); // a count begun at the same moment elsewhere fails here, and the caller counts again
        return first;
    }

    @Override
    public void forget(String key) {
        em.createQuery("delete from AttemptCount a where a.key = :key").setParameter("key", key).executeUpdate();
    }
}
