package uk.cmlnetwork.web.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
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
        AfterCommit.gather(transactions, POSTED, EmailInHand.fromOutbox(queued), sender::handOver);
        return queued;
    }

    /**
     * An email the caller's change records as owed until {@code claimUntil} (a new booking owes its
     * confirmation), so it is not stored in the outbox as well: one statement fewer in a booking's
     * transaction. Handed to the sender when the transaction commits, like the others; once the mail
     * server has accepted it the sender tells {@code owedTo}, with {@code id}. If this server stops or
     * dies first, the owner of that record queues it in the outbox after {@code claimUntil}.
     */
    public void postOwed(Letter letter, String id, Instant claimUntil, SentRecord owedTo) {
        OutgoingEmail owed = outbox.owedElsewhere(id, letter, sender.name(), claimUntil);
        AfterCommit.gather(transactions, POSTED, new EmailInHand(owed, owedTo), sender::handOver);
    }
}
