package uk.cmlnetwork.ear.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.shared.NotFound;

/**
 * The outbox in the server: an email queued in a transaction that rolls back is never stored; one
 * queued in a committed transaction is taken by the background sender within a few seconds.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxInServerIT {

    @Deployment
    static WebArchive application() {
        return Deployments.application(OutboxInServerIT.class);
    }

    @Inject
    MailOutbox outbox;

    @Inject
    UserTransaction transaction;

    @Test
    void onlyCommittedEmailsAreSentAndTheSenderTakesThemWithinSeconds() throws Exception {
        transaction.begin();
        String lost = outbox.queue(new Letter("test", "lost@example.org", "Lost", "Never sent", "Rolled back")).id();
        transaction.rollback();

        transaction.begin();
        String kept = outbox.queue(new Letter("test", "kept@example.org", "Kept", "Sent", "Committed")).id();
        transaction.commit();

        transaction.begin();
        try {
            boolean stored;
            try {
                outbox.find(lost);
                stored = true;
            } catch (NotFound expected) {
                stored = false;
            }
            assertEquals(false, stored, "the rolled-back email was never stored");
        } finally {
            transaction.commit();
        }
        OutgoingEmail read = null;
        for (int i = 0; i < 100; i++) {
            transaction.begin();
            try {
                read = outbox.find(kept);
            } finally {
                transaction.commit();
            }
            if (read.isSent() || read.lastError() != null) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(read.isSent() || read.lastError() != null,
                "the sender tried the committed email within five seconds");
    }
}
