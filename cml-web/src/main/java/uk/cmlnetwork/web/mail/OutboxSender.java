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
 * connection per batch. Woken after each commit that posted mail, and every few seconds anyway for
 * retries and for what was left when the server last stopped. Each email is marked sent in its own
 * transaction straight after the mail server accepts it; if the server dies between the two, the
 * email goes again after its claim runs out, with the same Message-ID, so mail clients can spot it.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;
    private static final long TICK_SECONDS = 3;

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

    /** Something was posted: send soon. Many wakes while sending make one more pass, not many threads. */
    public void wake() {
        more.set(true);
        if (!sending.get()) {
            executor.execute(this::sendDue);
        }
    }

    void sendDue() {
        more.set(true);
        while (more.get() && sending.compareAndSet(false, true)) {
            try {
                while (more.getAndSet(false)) {
                    sendAllDue();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The outbox sender stopped for now; it tries again in a few seconds", e);
            } finally {
                sending.set(false);
            }
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
            batch.forEach(email -> steps.failed(email.id(), "mail server not reached: " + unreachable.getMessage()));
            return false;
        }
        try {
            for (OutgoingEmail email : batch) {
                try {
                    if (!transport.isConnected()) {
                        transport.connect();
                    }
                    MimeMessage message = message(email);
                    transport.sendMessage(message, message.getAllRecipients());
                    steps.sent(email.id());
                } catch (MessagingException | UnsupportedEncodingException e) {
                    LOG.warning("Email " + email.id() + " not sent yet: " + e.getMessage());
                    steps.failed(email.id(), String.valueOf(e.getMessage()));
                }
            }
            return true;
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the emails' outcomes are already saved
            }
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
