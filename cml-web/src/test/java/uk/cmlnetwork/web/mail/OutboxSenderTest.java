package uk.cmlnetwork.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.mail.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.web.Settings;

class OutboxSenderTest {
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private final List<List<String>> failedTogether = new CopyOnWriteArrayList<>();

    @Test
    void sendsARoundOverOneConnectionWithoutAskingTheServerIfItIsStillThere() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            List<OutgoingEmail> round = emails("ann@example.org", "bob@example.org", "cat@example.org");

            senderFor(server, round).sendDue();

            assertEquals(List.of("<ann@example.org>", "<bob@example.org>", "<cat@example.org>"), server.recipients);
            assertEquals(ids(round), sent);
            assertEquals(List.of(), failed);
            assertEquals(1, server.count("EHLO"), "one connection for the round");
            assertEquals(0, server.count("NOOP"), "no round trip to ask whether the connection is up");
        }
    }

    @Test
    void anEmailTheServerHungUpOnGoesAgainOnANewConnection() throws Exception {
        try (TinyMailServer server = new TinyMailServer(2)) {
            List<OutgoingEmail> round = emails(
                    "ann@example.org", "bob@example.org", "cat@example.org", "dan@example.org");

            senderFor(server, round).sendDue();

            assertEquals(ids(round), sent, "all four accepted, none left for a later attempt");
            assertEquals(List.of(), failed);
            assertEquals(List.of("<ann@example.org>", "<bob@example.org>", "<cat@example.org>", "<dan@example.org>"),
                    server.recipients.stream().distinct().toList());
            assertEquals(2, server.count("EHLO"), "a second connection after the server hung up");
        }
    }

    @Test
    void whenTheMailServerCannotBeReachedTheWholeRoundWaitsInOneStep() throws Exception {
        int closedPort = closedPort();
        List<OutgoingEmail> round = emails("ann@example.org", "bob@example.org", "cat@example.org");

        senderFor(closedPort, round).sendDue();

        assertEquals(List.of(ids(round)), failedTogether, "one step (one commit) for the round, not one per email");
        assertEquals(List.of(), failed);
        assertEquals(List.of(), sent);
    }

    @Test
    void emailsHandedOverAfterTheirCommitAreSentWithoutTakingThemFromTheOutbox() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            OutboxSender sender = senderFor(server, List.of());
            sender.executor = scheduler();
            List<OutgoingEmail> rush = takenBy(sender, Clock.systemUTC(), 130);

            sender.handOver(inHand(rush.subList(0, 60)));
            sender.handOver(inHand(rush.subList(60, 130)));

            awaitSent(rush.size());
            assertEquals(Set.copyOf(ids(rush)), Set.copyOf(sent), "each email once");
            assertEquals(rush.size(), server.recipients.size(), "each email sent once");
            long connections = server.count("EHLO");
            assertTrue(connections >= 2 && connections <= OutboxSender.CONNECTIONS,
                    "batches of 50 over up to " + OutboxSender.CONNECTIONS + " connections: " + connections);
        }
    }

    @Test
    void anEmailInHandWhoseClaimIsRunningOutIsLeftToTheOutboxSoItNeverGoesTwice() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            OutboxSender sender = senderFor(server, List.of());
            sender.executor = scheduler();
            Clock fourMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4).minusSeconds(30));
            List<OutgoingEmail> late = takenBy(sender, fourMinutesAgo, 1);
            List<OutgoingEmail> fresh = takenBy(sender, Clock.systemUTC(), 1);

            sender.handOver(inHand(List.of(late.get(0), fresh.get(0))));

            awaitSent(1);
            Thread.sleep(300);
            assertEquals(ids(fresh), sent);
            assertEquals(1, server.recipients.size());
        }
    }

    @Test
    void emailsInHandWhenTheMailServerCannotBeReachedWaitForTheirNextAttempt() throws Exception {
        int closedPort = closedPort();
        OutboxSender sender = senderFor(closedPort, List.of());
        sender.executor = scheduler();
        List<OutgoingEmail> posted = takenBy(sender, Clock.systemUTC(), 3);

        sender.handOver(inHand(posted));

        awaitSomething(failedTogether);
        assertEquals(List.of(ids(posted)), failedTogether, "put back together, for their next attempt");
        assertEquals(List.of(), sent);
    }

    @Test
    void anEmailOwedElsewhereIsRecordedSentThereAndNotInTheOutbox() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            OutboxSender sender = senderFor(server, List.of());
            sender.executor = scheduler();
            List<List<String>> recordedByBookings = new CopyOnWriteArrayList<>();
            SentRecord bookings = recordedByBookings::add;
            MailOutbox outbox = new MailOutbox(new DiscardingOutbox(), Clock.systemUTC());
            Instant due = Instant.now().plus(MailOutbox.CLAIM);
            OutgoingEmail owed = outbox.owedElsewhere("booking-1", letter("ann@example.org"), sender.name(), due);
            OutgoingEmail queued = takenBy(sender, Clock.systemUTC(), 1).get(0);

            sender.handOver(List.of(new EmailInHand(owed, bookings), EmailInHand.fromOutbox(queued)));

            awaitSent(1);
            awaitSomething(recordedByBookings);
            assertEquals(List.of(List.of("booking-1")), recordedByBookings, "recorded where it is owed");
            assertEquals(List.of(queued.id()), sent, "only the outbox's own email marked sent there");
            assertEquals(2, server.recipients.size());
        }
    }

    @Test
    void anEmailOwedElsewhereIsNotMarkedFailedInTheOutboxWhenTheMailServerIsAway() throws Exception {
        int closedPort = closedPort();
        OutboxSender sender = senderFor(closedPort, List.of());
        sender.executor = scheduler();
        List<List<String>> recordedByBookings = new CopyOnWriteArrayList<>();
        MailOutbox outbox = new MailOutbox(new DiscardingOutbox(), Clock.systemUTC());
        OutgoingEmail owed = outbox.owedElsewhere("booking-1", letter("ann@example.org"), sender.name(),
                Instant.now().plus(MailOutbox.CLAIM));
        OutgoingEmail queued = takenBy(sender, Clock.systemUTC(), 1).get(0);

        sender.handOver(List.of(new EmailInHand(owed, recordedByBookings::add), EmailInHand.fromOutbox(queued)));

        awaitSomething(failedTogether);
        Thread.sleep(200);
        assertEquals(List.of(List.of(queued.id())), failedTogether,
                "the outbox's email waits for its next attempt; the owed one is queued when its claim runs out");
        assertEquals(List.of(), recordedByBookings);
        assertEquals(List.of(), sent);
    }

    /** Waits up to ten seconds for the sender's threads to put something in the list. */
    private static void awaitSomething(List<?> recorded) throws InterruptedException {
        for (int i = 0; i < 200 && recorded.isEmpty(); i++) {
            Thread.sleep(50);
        }
    }

    /** A port nothing listens on: the mail server cannot be reached. */
    private static int closedPort() throws java.io.IOException {
        try (ServerSocket gone = new ServerSocket(0)) {
            return gone.getLocalPort();
        }
    }

    private static Letter letter(String to) {
        return new Letter("booking", to, "A member", "Your place", "See you there");
    }

    private static List<EmailInHand> inHand(List<OutgoingEmail> emails) {
        return emails.stream().map(EmailInHand::fromOutbox).toList();
    }

    private void awaitSent(int count) throws InterruptedException {
        for (int i = 0; i < 200 && sent.size() < count; i++) {
            Thread.sleep(50);
        }
        assertEquals(count, sent.size(), "sent within ten seconds");
    }

    private static List<OutgoingEmail> takenBy(OutboxSender sender, Clock clock, int count) {
        MailOutbox outbox = new MailOutbox(new DiscardingOutbox(), clock);
        List<OutgoingEmail> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(outbox.queueTakenBy(new Letter("booking", "member" + i + "@example.org", "A member",
                    "Your place", "See you there"), sender.name()));
        }
        return emails;
    }

    /** The container's executor, played by a plain one. */
    private ManagedScheduledExecutorService scheduler() {
        ScheduledExecutorService plain = Executors.newScheduledThreadPool(OutboxSender.CONNECTIONS + 1);
        executors.add(plain);
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return ScheduledExecutorService.class.getMethod(method.getName(), method.getParameterTypes())
                                .invoke(plain, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void stopExecutors() {
        executors.forEach(ExecutorService::shutdownNow);
    }

    private OutboxSender senderFor(TinyMailServer server, List<OutgoingEmail> round) {
        return senderFor(server.port(), round);
    }

    private OutboxSender senderFor(int port, List<OutgoingEmail> round) {
        Properties mail = new Properties();
        mail.setProperty("mail.smtp.host", "127.0.0.1");
        mail.setProperty("mail.smtp.port", String.valueOf(port));
        mail.setProperty("mail.smtp.connectiontimeout", "5000");
        mail.setProperty("mail.from", "no-reply@example.org");
        mail.setProperty("mail.smtp.timeout", "5000");
        OutboxSender sender = new OutboxSender();
        sender.mail = Session.getInstance(mail);
        sender.settings = new Settings();
        sender.steps = new OutboxSteps() {
            private boolean taken;

            @Override
            public List<OutgoingEmail> takeDue(int max) {
                List<OutgoingEmail> due = taken ? List.of() : round;
                taken = true;
                return due;
            }

            @Override
            public void sent(List<String> ids) {
                sent.addAll(ids);
            }

            @Override
            public void failed(String id, String reason) {
                failed.add(id);
            }

            @Override
            public void allFailed(List<String> ids, String reason) {
                failedTogether.add(ids);
            }
        };
        return sender;
    }

    private static List<OutgoingEmail> emails(String... addresses) {
        MailOutbox outbox = new MailOutbox(new DiscardingOutbox(), Clock.systemUTC());
        List<OutgoingEmail> emails = new ArrayList<>();
        for (String address : addresses) {
            emails.add(outbox.queue(new Letter("booking", address, "A member", "Your place", "See you there")));
        }
        return emails;
    }

    private static List<String> ids(List<OutgoingEmail> emails) {
        return emails.stream().map(OutgoingEmail::id).toList();
    }
}
