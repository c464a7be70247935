package uk.cmlnetwork.web.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;

/**
 * Where the site's emails are posted: into the outbox, in the caller's transaction, already taken by
 * this server's sender. When that transaction commits they are handed to the sender in memory, so
 * they leave within moments, never before the change they report is saved and never for a change
 * that was rolled back; the outbox row is what another sender goes by should this server die first.
 */
@ApplicationScoped
public class Postbox {
    private static final Object POSTED = new Object();

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public OutgoingEmail post(Letter letter) {
        OutgoingEmail queued = outbox.queueTakenBy(letter, sender.name());
        AfterCommit.gather(transactions, POSTED, queued, sender::handOver);
        return queued;
    }
}
