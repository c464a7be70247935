package uk.cmlnetwork.web.background;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cmlnetwork.web.mail.OutboxSender;
import uk.cmlnetwork.web.startup.SchemaReady;

/**
 * The one place work is started in the background, on the server's managed scheduler: the outbox
 * sender every second, members' due news (daily and weekly emails, reminders) every
 * {@link #NEWS_SECONDS} seconds, and the replies mailbox (answers by email) every {@link #REPLIES_SECONDS}. Each piece of work is safe with several servers running it: the
 * database decides which one does each email (the outbox's lease, a digest's key, a reminder's
 * guarded update; a reply is deleted from the mailbox
 * once read, and a second server reading it at the same moment finds its answer already added only if
 * both fetched it before either deleted it: a rare duplicate answer the author can remove).
 */
@ApplicationScoped
public class BackgroundWork {
    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    static final long NEWS_SECONDS = 15;
    static final long REPLIES_SECONDS = 10;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSender outbox;

    @Inject
    DueNews news;

    @Inject
    EmailedAnswers emailedAnswers;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private volatile long outboxLookedAt = System.nanoTime();

    /** Once the application's start has brought the schema up to date and done its own work (ApplicationStartup). */
    void start(@Observes SchemaReady ready) {
        running.add(executor.scheduleWithFixedDelay(() -> {
            outboxLookedAt = System.nanoTime();
            outbox.look();
        }, 1, 1, TimeUnit.SECONDS));
        running.add(executor.scheduleWithFixedDelay(() -> quietly(news::sendDue), NEWS_SECONDS, NEWS_SECONDS, TimeUnit.SECONDS));
        running.add(executor.scheduleWithFixedDelay(() -> quietly(emailedAnswers::readNew), REPLIES_SECONDS, REPLIES_SECONDS,
                TimeUnit.SECONDS));
    }

    /** Whether every piece of background work is scheduled and still is (a task that threw is never run again). */
    public boolean isScheduled() {
        return !running.isEmpty() && running.stream().noneMatch(ScheduledFuture::isDone);
    }

    /** Seconds since the outbox sender last looked for emails to send (it looks every second). */
    public long secondsSinceOutboxLooked() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - outboxLookedAt);
    }

    @PreDestroy
    void stop() {
        running.forEach(work -> work.cancel(false));
    }

    /** A failure waits for the next round: a scheduled task that throws is never run again. */
    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background work stopped for now; it tries again next round", e);
        }
    }
}
