package uk.cmlnetwork.web.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;

/**
 * Where the site's emails are posted: into the outbox, in the caller's transaction. When that
 * transaction commits the sender is woken, so emails leave within moments, never before the change
 * they report is saved and never for a change that was rolled back.
 */
@ApplicationScoped
public class Postbox {
    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public OutgoingEmail post(Letter letter) {
        OutgoingEmail queued = outbox.queue(letter);
        AfterCommit.once(transactions, WAKE_REGISTERED, sender::wake);
        return queued;
    }
}
