package uk.cmlnetwork.web.event;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, on every server: new bookings whose confirmation email was not recorded sent by
 * the time it was due (the server that made them stopped or died first, or the mail server refused it)
 * get it from the outbox, with a new cancel link, and its retries if the mail server is away.
 */
@ApplicationScoped
public class OverdueConfirmations {
    private static final Logger LOG = Logger.getLogger(OverdueConfirmations.class.getName());
    private static final long TICK_SECONDS = 3;
    private static final int BATCH = 50;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    EventsFacade events;

    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticking = executor.scheduleWithFixedDelay(this::queueOverdue, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void queueOverdue() {
        try {
            while (events.emailOverdueConfirmations(BATCH) == BATCH) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            // e.g. another server took the same bookings at the same moment: the next round goes on
            LOG.log(Level.INFO, "Overdue booking confirmations left for the next round", e);
        }
    }
}
