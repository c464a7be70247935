package uk.cmlnetwork.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;

class EmailsInHandTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void takesTheOldestFirstInBatches() {
        EmailsInHand inHand = new EmailsInHand();
        List<EmailInHand> emails = postedAt(NOW, 5);
        inHand.add(emails);

        assertEquals(emails.subList(0, 3), inHand.take(3, NOW));
        assertEquals(emails.subList(3, 5), inHand.take(3, NOW));
        assertEquals(List.of(), inHand.take(3, NOW));
        assertEquals(0, inHand.count());
    }

    @Test
    void leavesAnEmailWhoseClaimRunsOutWithinAMinuteToTheOutbox() {
        EmailsInHand inHand = new EmailsInHand();
        List<EmailInHand> late = postedAt(NOW.minus(MailOutbox.CLAIM).plus(Duration.ofSeconds(50)), 1);
        List<EmailInHand> inTime = postedAt(NOW.minus(MailOutbox.CLAIM).plus(Duration.ofSeconds(70)), 1);
        inHand.add(late);
        inHand.add(inTime);

        assertEquals(inTime, inHand.take(10, NOW));
        assertEquals(0, inHand.count());
    }

    @Test
    void holdsNoMoreThanItsLimit() {
        EmailsInHand inHand = new EmailsInHand();
        assertTrue(inHand.add(postedAt(NOW, EmailsInHand.LIMIT - 1)));
        assertFalse(inHand.add(postedAt(NOW, 2)), "over the limit: left to the outbox");
        assertEquals(EmailsInHand.LIMIT - 1, inHand.count());
        assertTrue(inHand.add(postedAt(NOW, 1)));
        assertEquals(EmailsInHand.LIMIT, inHand.count());
    }

    private static List<EmailInHand> postedAt(Instant when, int count) {
        MailOutbox outbox = new MailOutbox(new DiscardingOutbox(), Clock.fixed(when, ZoneOffset.UTC));
        List<EmailInHand> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(EmailInHand.fromOutbox(outbox.queueTakenBy(
                    new Letter("booking", "m" + i + "@example.org", null, "Your place", "Hi"), "this-server")));
        }
        return emails;
    }
}
