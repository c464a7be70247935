package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import uk.cmlnetwork.shared.AttemptLimit;
import uk.cmlnetwork.shared.AttemptLimits;

/**
 * Counts attempts in transactions of their own, so a count stays when what was attempted fails. Two
 * first attempts under a new key at the same moment: one of them fails to begin the count and is
 * counted again ({@link #countAndWait}).
 */
@ApplicationScoped
public class AttemptsFacade {
    @Inject
    AttemptLimits limits;

    @Inject
    AttemptsFacade self;

    /** How long this attempt must wait (zero: go ahead). */
    public Duration countAndWait(String key, AttemptLimit limit) {
        try {
            return self.countOnce(key, limit);
        } catch (RuntimeException begunElsewhere) {
            return self.countOnce(key, limit);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration countOnce(String key, AttemptLimit limit) {
        return limits.countAndWait(key, limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        limits.forget(key);
    }
}
