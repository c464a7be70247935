package uk.cmlnetwork.web.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.web.Settings;

/**
 * Sends the site's emails through the server's mail session (mail/cml), over one SMTP connection per
 * batch of up to 50. Emails posted on this server are handed over in memory when their transaction
 * commits, already taken in this sender's name (see {@link Postbox}): a tenth of a second later (so
 * that in a rush of bookings a batch takes many emails rather than a few) up to twelve connections
 * send them, so confirmations keep up with a rush instead of queueing behind a few connections (four
 * fell behind at 900 bookings a second). Every few seconds the sender also takes from the outbox what
 * is due there: retries, and emails whose sender died or stopped before recording them sent (their
 * claim has run out). The emails of a batch the mail server accepted are recorded sent together when
 * the batch is done (one commit, not one per email): in the outbox, or where they are owed (a new
 * booking's confirmation, see {@link Postbox#postOwed}). If the server dies before that, those emails
 * go again after their claim runs out.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;
    /** SMTP connections at once for the emails in hand (the newsletter has its own). */
    static final int CONNECTIONS = 12;
    private static final long TICK_SECONDS = 3;
    private static final long GATHER_MILLIS = 100;

    @Resource(lookup = "mail/cml")
    Session mail;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSteps steps;

    @Inject
    Settings settings;

    private final String name = UUID.randomUUID().toString();
    private final EmailsInHand inHand = new EmailsInHand();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicBoolean connectionsDue = new AtomicBoolean();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicLong lastFullWarning = new AtomicLong();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticking = executor.scheduleWithFixedDelay(this::sendDue, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (inHand.count() > 0) {
            LOG.info(inHand.count() + " emails not sent yet go from the outbox once their claim runs out");
        }
    }

    /** The name this server's emails are taken in until it records them sent. */
    public String name() {
        return name;
    }

    /** Emails of a committed transaction, taken in this sender's name: sent within moments. */
    public void handOver(List<EmailInHand> emails) {
        if (!inHand.add(emails)) {
            warnHandsFull(emails.size());
            return;
        }
        if (connectionsDue.compareAndSet(false, true)) {
            executor.schedule(() -> {
                connectionsDue.set(false);
                openConnections();
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Once a minute at most: when the mail server is slow this would come with every transaction. */
    private void warnHandsFull(int left) {
        long now = System.nanoTime();
        long last = lastFullWarning.get();
        if ((last == 0 || now - last > TimeUnit.MINUTES.toNanos(1)) && lastFullWarning.compareAndSet(last, now)) {
            LOG.warning(left + " emails (and any more this minute) go once their claim runs out: "
                    + EmailsInHand.LIMIT + " are already waiting to be sent");
        }
    }

    /** A connection per batch waiting, up to {@link #CONNECTIONS}. */
    private void openConnections() {
        int wanted = Math.min(CONNECTIONS, (inHand.count() + BATCH - 1) / BATCH);
        int open;
        while ((open = connections.get()) < wanted) {
            if (connections.compareAndSet(open, open + 1)) {
                executor.execute(this::sendInHand);
            }
        }
    }

    private void sendInHand() {
        try {
            List<EmailInHand> batch;
            while (!(batch = inHand.take(BATCH, Instant.now())).isEmpty()) {
                send(batch); // if the mail server is out of reach, each batch is put back for its next attempt
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Emails in hand not sent; they go from the outbox once their claim runs out", e);
        } finally {
            connections.decrementAndGet();
        }
        if (inHand.count() > 0) {
            openConnections(); // handed over while this connection was finishing
        }
    }

    /** One round through the outbox: everything due there, one batch at a time. */
    void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            List<OutgoingEmail> batch;
            while (!(batch = steps.takeDue(BATCH)).isEmpty()) {
                if (!send(batch.stream().map(EmailInHand::fromOutbox).toList())) {
                    return; // the mail server is out of reach: the next round tries again
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox sender stopped for now; it tries again in a few seconds", e);
        } finally {
            sending.set(false);
        }
    }

    /** False when the mail server could not be reached; the batch then waits for its next attempt. */
    private boolean send(List<EmailInHand> batch) {
        Transport transport;
        try {
            transport = mail.getTransport();
            transport.connect();
        } catch (MessagingException unreachable) {
            LOG.warning("The mail server cannot be reached (" + unreachable.getMessage() + "): "
                    + batch.size() + " emails wait for their next attempt");
            List<String> inOutbox = batch.stream().filter(EmailInHand::isInOutbox).map(e -> e.email().id()).toList();
            if (!inOutbox.isEmpty()) {
                steps.allFailed(inOutbox, "mail server not reached: " + unreachable.getMessage());
            }
            return false; // the others go when their claim runs out
        }
        SentEmails accepted = new SentEmails();
        try {
            for (EmailInHand inHand : batch) {
                OutgoingEmail email = inHand.email();
                try {
                    sendOne(transport, MailMessages.of(email, mail, settings.siteHost()));
                    accepted.add(inHand);
                } catch (MessagingException | UnsupportedEncodingException e) {
                    LOG.warning("Email " + email.id() + " not sent yet: " + e.getMessage());
                    if (inHand.isInOutbox()) {
                        steps.failed(email.id(), String.valueOf(e.getMessage()));
                    } // an email owed elsewhere is queued in the outbox once its claim runs out
                }
            }
            return true;
        } finally {
            accepted.record(steps);
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the emails' outcomes are already saved
            }
        }
    }

    /**
     * Whether the connection is still up is only asked after a failure: the mail library asks the
     * server (a NOOP round trip), which before every email was a fifth of each email's SMTP exchange.
     * A server that closed the connection (some do after so many messages) gets the email again on a
     * new one.
     */
    private static void sendOne(Transport transport, MimeMessage message) throws MessagingException {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException failed) {
            if (transport.isConnected()) {
                throw failed; // refused by a server that is still there: not worth trying again now
            }
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
