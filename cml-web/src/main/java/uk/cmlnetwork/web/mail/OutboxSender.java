package uk.cmlnetwork.web.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;

/**
 * The one sender of the site's emails: every email, whatever it reports, is an outbox row written in the
 * transaction of its change, and leaves through here. Every second one worker looks in the outbox; when
 * it takes a full batch, another joins it, up to {@link #WORKERS} (a newsletter, or a rush of bookings).
 * A worker takes a batch for the outbox's lease, sends it over one SMTP connection of the server's mail
 * session (mail/cml), and records the emails the mail server accepted as sent together when the batch is
 * done (one commit a batch: a commit per email halved the bookings a second, see bench/README.md). So an
 * email goes once; if this server dies, only the emails of the batch in flight on each connection can go
 * a second time (after the lease), with the same Message-ID. Refused emails are tried again on the
 * outbox's schedule.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;
    static final int WORKERS = 4;

    @Resource(lookup = "mail/cml")
    Session mail;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSteps steps;

    @Inject
    MailMessages messages;

    @Inject
    MailCatcher catcher;

    /**
     * How long a worker goes on sending a batch: less than the lease by more than one mail-server timeout,
     * so it records what went before another sender may take the batch (a slow mail server).
     */
    Duration sendFor = MailOutbox.LEASE.minusSeconds(15);

    private final AtomicInteger working = new AtomicInteger();

    /** Every second ({@code BackgroundWork}): one worker looks, unless some are already at work. */
    public void look() {
        if (working.compareAndSet(0, 1)) {
            executor.execute(this::work);
        }
    }

    /** Another worker, if there are fewer than {@link #WORKERS}. */
    private void addWorker() {
        int now = working.get();
        if (now < WORKERS && working.compareAndSet(now, now + 1)) {
            executor.execute(this::work);
        }
    }

    private void work() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox sender stopped for now; it tries again in a second", e);
        } finally {
            working.decrementAndGet();
        }
    }

    /** Sends batches until none is due, or the mail server cannot be reached. */
    void sendDue() {
        List<OutgoingEmail> batch;
        while (!(batch = steps.takeDue(BATCH)).isEmpty()) {
            if (batch.size() == BATCH) {
                addWorker();
            }
            if (!send(batch)) {
                return;
            }
        }
    }

    /** False when the mail server could not be reached; the batch then waits for its next attempt. */
    private boolean send(List<OutgoingEmail> batch) {
        if (catcher.catchesOnly()) {
            catchOnly(batch);
            return true;
        }
        long until = System.nanoTime() + sendFor.toNanos();
        Transport transport;
        try {
            transport = mail.getTransport();
            transport.connect();
        } catch (MessagingException unreachable) {
            LOG.warning("The mail server cannot be reached (" + unreachable.getMessage() + "): "
                    + batch.size() + " emails wait for their next attempt");
            steps.allFailed(batch.stream().map(OutgoingEmail::id).toList(),
                    "mail server not reached: " + unreachable.getMessage());
            return false;
        }
        List<String> accepted = new ArrayList<>();
        try {
            MailMessages.Issues issues = messages.issues();
            for (OutgoingEmail email : batch) {
                if (System.nanoTime() > until) {
                    LOG.warning("The mail server is slow: " + (batch.size() - accepted.size())
                            + " emails of a batch go when their lease runs out");
                    break;
                }
                try {
                    MimeMessage message = messages.of(email, issues);
                    sendOne(transport, message);
                    accepted.add(email.id());
                    if (catcher.isOn()) {
                        catcher.keep(message);
                    }
                } catch (MessagingException | RuntimeException e) {
                    LOG.warning("Email " + email.id() + " not sent yet: " + e.getMessage());
                    steps.failed(email.id(), String.valueOf(e.getMessage()));
                }
            }
            return true;
        } finally {
            steps.sent(accepted); // one commit for the batch

            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the emails' outcomes are already saved
            }
        }
    }

    /** The servers the build runs without a mail server: each email is kept by the catcher, and counts as sent. */
    private void catchOnly(List<OutgoingEmail> batch) {
        List<String> caught = new ArrayList<>();
        MailMessages.Issues issues = messages.issues();
        for (OutgoingEmail email : batch) {
            try {
                catcher.keep(messages.of(email, issues));
                caught.add(email.id());
            } catch (MessagingException | RuntimeException e) {
                steps.failed(email.id(), String.valueOf(e.getMessage()));
            }
        }
        steps.sent(caught);
    }

    /**
     * Whether the connection is still up is only asked after a failure (asking costs a round trip). A
     * server that closed the connection (some do after so many messages) gets the email again on a new one.
     */
    private static void sendOne(Transport transport, MimeMessage message) throws MessagingException {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException failed) {
            if (transport.isConnected()) {
                throw failed; // refused by a server that is still there
            }
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
