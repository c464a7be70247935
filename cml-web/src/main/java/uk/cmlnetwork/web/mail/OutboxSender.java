package uk.cmlnetwork.web.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.web.Settings;

/**
 * Sends what is due in the outbox through the server's mail session (mail/cml), over one SMTP
 * connection per batch. Woken after each commit that posted mail (it starts a tenth of a second later,
 * so that in a rush of bookings one round takes many emails rather than a few each), and every few
 * seconds anyway for retries and for what was left when the server last stopped. The emails of a
 * batch the mail server accepted are marked sent together when the batch is done (one commit, not
 * one per email: under a rush of bookings those commits cost the database as much as the bookings
 * did). If the server dies before that, those emails go again after their claim runs out, with the
 * same Message-ID, so mail clients can spot them.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;
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

    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean more = new AtomicBoolean();
    private final AtomicBoolean roundDue = new AtomicBoolean();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticking = executor.scheduleWithFixedDelay(this::sendDue, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** Something was posted: send soon. Many wakes make one more round, not many threads. */
    public void wake() {
        more.set(true);
        sendSoon();
    }

    private void sendSoon() {
        if (roundDue.compareAndSet(false, true)) {
            executor.schedule(() -> {
                roundDue.set(false);
                sendDue();
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** One round: everything due. What is posted meanwhile goes in the next round (one at a time). */
    void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            more.set(true);
            return;
        }
        try {
            more.set(false);
            sendAllDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox sender stopped for now; it tries again in a few seconds", e);
        } finally {
            sending.set(false);
        }
        if (more.get()) {
            sendSoon();
        }
    }

    private void sendAllDue() {
        List<OutgoingEmail> batch;
        while (!(batch = steps.takeDue(BATCH)).isEmpty()) {
            if (!send(batch)) {
                return; // the mail server is out of reach: the next round tries again
            }
        }
    }

    /** False when the mail server could not be reached; the batch then waits for its next attempt. */
    private boolean send(List<OutgoingEmail> batch) {
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
        List<String> accepted = new ArrayList<>(batch.size());
        try {
            for (OutgoingEmail email : batch) {
                try {
                    sendOne(transport, message(email));
                    accepted.add(email.id());
                } catch (MessagingException | UnsupportedEncodingException e) {
                    LOG.warning("Email " + email.id() + " not sent yet: " + e.getMessage());
                    steps.failed(email.id(), String.valueOf(e.getMessage()));
                }
            }
            return true;
        } finally {
            if (!accepted.isEmpty()) {
                steps.sent(accepted);
            }
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

    private MimeMessage message(OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        String messageId = "<" + email.id() + "@" + siteHost() + ">";
        MimeMessage message = new MimeMessage(mail) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.toEmail(), email.toName(), "UTF-8"));
        message.setSubject(email.subject(), "UTF-8");
        if (email.calendar() == null) {
            message.setText(email.body(), "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(email.body(), "UTF-8");
            MimeBodyPart invitation = new MimeBodyPart();
            invitation.setContent(email.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
            invitation.setFileName("event.ics");
            message.setContent(new MimeMultipart(body, invitation));
        }
        message.setSentDate(java.util.Date.from(email.queuedAt()));
        message.saveChanges();
        return message;
    }

    private String siteHost() {
        return settings.siteHost();
    }
}
