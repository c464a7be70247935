package uk.cmlnetwork.web.newsletter;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.cmlnetwork.jdbc.JdbcSentCopies;
import uk.cmlnetwork.newsletter.Delivery;
import uk.cmlnetwork.newsletter.NewsletterDispatch;
import uk.cmlnetwork.web.mail.AfterCommit;

/**
 * Sends newsletter issues from the delivery outbox: a few workers, each over one SMTP connection,
 * each copy recorded sent (one statement on the batch's own connection) around the moment the mail
 * server is told it is complete ({@link CheckpointTransport}). Woken when an issue is sent or
 * retried, and every few seconds anyway, so after a restart it carries on where it stopped once the
 * dead sender's claims run out.
 */
@ApplicationScoped
public class NewsletterSender {
    private static final Logger LOG = Logger.getLogger(NewsletterSender.class.getName());
    private static final int BATCH = 200;
    private static final int WORKERS = 6;
    private static final long TICK_SECONDS = 2;

    @Resource(lookup = "mail/cml")
    Session mail;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    NewsletterSteps steps;

    @Inject
    NewsletterDispatch dispatch;

    // Each copy's "sent" record is one statement on the batch's own connection, committed per copy.
    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Inject
    NewsletterCopies copies;

    private final AtomicInteger working = new AtomicInteger();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticking = executor.scheduleWithFixedDelay(this::look, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private static final Object WAKE_REGISTERED = new Object();

    /** Wakes the workers once the current transaction has committed (the copies are not visible before). */
    public void wakeAfterCommit() {
        AfterCommit.once(transactions, WAKE_REGISTERED, this::wake);
    }

    /**
     * The tick, when nobody said there are copies waiting: one worker looks, and calls the others
     * only if it finds some (all six looking every 2 s made about 20 statements a second on an idle
     * server).
     */
    void look() {
        if (working.compareAndSet(0, 1)) {
            executor.execute(() -> work(true));
        }
    }

    /** Copies are waiting: start the workers that are not already running. */
    public void wake() {
        while (true) {
            int now = working.get();
            if (now >= WORKERS) {
                return;
            }
            if (working.compareAndSet(now, now + 1)) {
                executor.execute(() -> work(false));
            }
        }
    }

    private void work(boolean lookingOnly) {
        try {
            List<Delivery> batch;
            while (!(batch = steps.take(BATCH)).isEmpty()) {
                if (lookingOnly) {
                    lookingOnly = false;
                    wake(); // there is work: the other workers join in
                }
                if (!send(batch)) {
                    return; // the mail server is out of reach: the copies go back after their claim
                }
            }
            steps.finishDone();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The newsletter sender stopped for now; it carries on in a few seconds", e);
        } finally {
            working.decrementAndGet();
        }
    }

    /** False when the mail server or the database could not be reached. */
    private boolean send(List<Delivery> batch) {
        CheckpointTransport transport = null;
        try (JdbcSentCopies sentCopies = new JdbcSentCopies(database.getConnection())) {
            for (Delivery delivery : batch) {
                if (transport == null || !transport.isConnected()) {
                    transport = connect();
                }
                SentRecord record = new SentRecord(delivery, sentCopies);
                transport.checkpoint(record);
                try {
                    MimeMessage message = copies.copyFor(delivery);
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (CheckpointTransport.Abandoned notOurs) {
                    close(transport);
                    transport = null;
                } catch (SendFailedException refused) {
                    sentCopies.rollback(); // a record not made final must not hold the copy's row
                    steps.failed(delivery, refused.getMessage());
                } catch (MessagingException | UnsupportedEncodingException broken) {
                    sentCopies.rollback(); // not completed: it goes again once this round's claim runs out
                    if (record.isFinal()) {
                        steps.failed(delivery, broken.getMessage()); // recorded sent, but the server did not say it took it
                    }
                    close(transport);
                    transport = null;
                }
            }
            return true;
        } catch (MessagingException unreachable) {
            LOG.warning("The mail server cannot be reached (" + unreachable.getMessage() + "): the newsletter waits");
            return false;
        } catch (SQLException unreachable) {
            LOG.warning("The database cannot be reached (" + unreachable.getMessage() + "): the newsletter waits");
            return false;
        } finally {
            close(transport);
        }
    }

    /** One copy's record: made before its final ".", made final the moment the "." has left. */
    private final class SentRecord implements CheckpointTransport.Checkpoint {
        private final Delivery delivery;
        private final JdbcSentCopies sentCopies;
        private boolean isFinal;

        SentRecord(Delivery delivery, JdbcSentCopies sentCopies) {
            this.delivery = delivery;
            this.sentCopies = sentCopies;
        }

        @Override
        public boolean record() {
            return dispatch.sent(delivery, sentCopies);
        }

        @Override
        public void makeFinal() throws MessagingException {
            try {
                sentCopies.commit();
                isFinal = true;
            } catch (SQLException e) {
                throw new MessagingException("the copy went but its record could not be committed", e);
            }
        }

        boolean isFinal() {
            return isFinal;
        }
    }

    private CheckpointTransport connect() throws MessagingException {
        String host = property("mail.smtp.host", property("mail.host", "localhost"));
        int port = Integer.parseInt(property("mail.smtp.port", "25"));
        CheckpointTransport transport = new CheckpointTransport(mail, new URLName("smtp", host, port, null,
                property("mail.smtp.user", property("mail.user", null)), null));
        transport.connect();
        return transport;
    }

    private String property(String name, String otherwise) {
        String value = mail.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // nothing more to send on it
            }
        }
    }
}
