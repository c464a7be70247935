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
import uk.cmlnetwork.web.mail.Postbox;

/**
 * The outbox in the server: an email posted in a transaction that rolls back is never stored; one
 * posted in a committed transaction is handed to the background sender straight after the commit.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxInServerIT {

    @Deployment
    static WebArchive application() {
        return Deployments.application(OutboxInServerIT.class);
    }

    @Inject
    Postbox postbox;

    @Inject
    MailOutbox outbox;

    @Inject
    UserTransaction transaction;

    @Test
    void onlyCommittedEmailsAreSentAndTheSenderTakesThemStraightAway() throws Exception {
        transaction.begin();
        String lost = postbox.post(new Letter("test", "lost@example.org", "Lost", "Never sent", "Rolled back")).id();
        transaction.rollback();

        transaction.begin();
        String kept = postbox.post(new Letter("test", "kept@example.org", "Kept", "Sent", "Committed")).id();
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
        // Handed over at the commit, the email goes at once, not at a later round through the outbox.
        OutgoingEmail read = null;
        for (int i = 0; i < 40; i++) {
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
        // Taken in this server's name when posted, so the outbox rounds leave it alone for five minutes:
        // only the hand-over after the commit sends it (or, with no mail server, records the attempt).
        assertTrue(read.isSent() || read.lastError() != null,
                "the sender tried the committed email within two seconds");
    }
}
