package uk.cmlnetwork.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.mail.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.web.setup.Settings;

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

    /** The build's own servers (cml.mail.catcher=only): each email is kept, with its links, and no mail server is asked. */
    @Test
    void theMailCatcherKeepsEachEmailWithItsLinksAndNoMailServerIsAsked() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            List<OutgoingEmail> round = List.of(new MailOutbox(new DiscardingOutbox(), Clock.systemUTC()).queue(new Letter(
                    "booking", "ann@example.org", "Ann", "Confirm your address", "Open http://localhost:9080/confirm-email.xhtml?token=abc to confirm.")));
            OutboxSender sender = senderFor(server, round);
            sender.catcher.settings = new Settings() {
                @Override
                public String mailCatcher() {
                    return "only";
                }
            };

            sender.sendDue();

            assertEquals(ids(round), sent);
            assertEquals(0, server.count("EHLO"), "no mail server was asked");
            MailCatcher.CaughtEmail caught = sender.catcher.caught().get(0);
            assertEquals("Confirm your address", caught.subject());
            assertTrue(caught.to().contains("ann@example.org"), caught.to());
            assertEquals(List.of("http://localhost:9080/confirm-email.xhtml?token=abc"), caught.links());
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
    void aRefusedEmailIsRecordedFailedAndTheOthersGoOnTheSameConnectionWithTheirOwnMessageIds() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            List<OutgoingEmail> round = emails("ann@example.org", "refused@example.org", "cat@example.org");

            senderFor(server, round).sendDue();

            assertEquals(List.of(round.get(0).id(), round.get(2).id()), sent);
            assertEquals(List.of(round.get(1).id()), failed);
            assertEquals(1, server.count("EHLO"));
            assertEquals(List.of("<" + round.get(0).id() + "@localhost>", "<" + round.get(2).id() + "@localhost>"),
                    server.messageIds, "the outbox id, the same on every attempt");
        }
    }

    @Test
    void aBatchStillUnsentWhenItsLeaseIsNearlyOverIsLeftForTheNextSender() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            List<OutgoingEmail> round = emails("ann@example.org", "bob@example.org");
            OutboxSender sender = senderFor(server, round);
            sender.sendFor = java.time.Duration.ZERO;

            sender.sendDue();

            assertEquals(List.of(), server.recipients, "nothing sent that another sender may take");
            assertEquals(List.of(), sent);
            assertEquals(List.of(), failed, "not failed either: they go again when the lease runs out");
        }
    }

    @Test
    void fullBatchesBringMoreWorkersAndEachEmailGoesOnce() throws Exception {
        try (TinyMailServer server = new TinyMailServer(0)) {
            List<OutgoingEmail> many = emails(IntStream.range(0, 4 * OutboxSender.BATCH + 7)
                    .mapToObj(i -> "member" + i + "@example.org").toArray(String[]::new));
            OutboxSender sender = senderFor(server, many);
            sender.executor = scheduler();

            sender.look();

            awaitSent(many.size());
            assertEquals(Set.copyOf(ids(many)), Set.copyOf(sent), "each email once");
            assertEquals(many.size(), server.recipients.size());
            assertEquals(5, server.count("EHLO"), "one connection for each batch of " + OutboxSender.BATCH);
        }
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

    private void awaitSent(int count) throws InterruptedException {
        for (int i = 0; i < 200 && sent.size() < count; i++) {
            Thread.sleep(50);
        }
        assertEquals(count, sent.size(), "sent within ten seconds");
    }

    /** The container's executor, played by a plain one. */
    private ManagedScheduledExecutorService scheduler() {
        ScheduledExecutorService plain = Executors.newScheduledThreadPool(OutboxSender.WORKERS + 1);
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
        sender.messages = new MailMessages();
        sender.messages.mail = sender.mail;
        sender.messages.settings = new Settings();
        sender.catcher = new MailCatcher();
        sender.catcher.settings = sender.messages.settings; // no JNDI here: the catcher is off
        List<OutgoingEmail> due = new ArrayList<>(round);
        sender.steps = new OutboxSteps() {
            @Override
            public synchronized List<OutgoingEmail> takeDue(int max) {
                List<OutgoingEmail> batch = new ArrayList<>(due.subList(0, Math.min(max, due.size())));
                due.removeAll(batch);
                return batch;
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
