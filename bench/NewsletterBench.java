import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Newsletter benchmark (run by bench/newsletter): an issue to N subscribers through the server's
 * outbox sender into GreenMail, next to a raw Jakarta Mail loop into the same GreenMail; then a
 * fault run that kills the server mid-send, restarts it, and counts each recipient's copies.
 */
public class NewsletterBench {
    /** The web module's OutboxSender.WORKERS times OutboxSender.BATCH: the copies that may be in flight. */
    static final int IN_FLIGHT = 4 * 50;
    static GreenMail mail;

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String user = args[1];
        String password = args[2];
        int recipients = Integer.parseInt(args[3]);
        Path wlp = Path.of(args[4]);

        mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
        mail.start();
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            subscribers(db, recipients);

            // Both sides warm up first (the JIT compiles their hot paths), neither counted.
            int warmUp = Math.min(2000, recipients);
            rawLoop(warmUp);
            mail.purgeEmailFromAllMailboxes();
            double raw = rawLoop(recipients);
            mail.purgeEmailFromAllMailboxes();
            String warmUpIssue = "Warm-up issue " + System.nanoTime();
            startSending(db, warmUpIssue, warmUp);
            waitForCopies(warmUpIssue, warmUp, 300);
            Thread.sleep(3000); // the sender finishes its round
            mail.purgeEmailFromAllMailboxes();
            System.out.printf("Warmed up: %,d raw messages and an issue to %,d subscribers, not counted%n", warmUp, warmUp);

            String subject = "Bench issue " + System.nanoTime();
            // Counted as GreenMail stores each copy (a latch), not by listing its mailboxes over and
            // over: that listing is dear with 10,000 mailboxes and would take CPU from the sender only.
            CountDownLatch allIn = mail.getManagers().getSmtpManager().createAndAddNewWaitObject(recipients);
            long startedNanos = System.nanoTime();
            String issue = startSending(db, subject, recipients);
            long takenUpNanos = waitUntilTakenUp(db, issue, 60);
            // The latch counts every message GreenMail stores (the server may send others meanwhile, such as
            // an account email), so once it opens the copies of this issue are counted until all are in.
            if (!allIn.await(600, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the sender did not deliver every copy within 10 minutes");
            }
            waitForCopies(subject, recipients, 60);
            long doneNanos = System.nanoTime();
            double seconds = (doneNanos - takenUpNanos) / 1e9;
            double sender = recipients / seconds;
            System.out.printf("%nRaw Jakarta Mail loop (one connection): %,d messages in %.1f s = %,.0f messages/s%n",
                    recipients, recipients / raw, raw);
            System.out.printf("Outbox sender (server, from taking up the issue to the last copy received): %,d in %.1f s = %,.0f messages/s%n",
                    recipients, seconds, sender);
            System.out.printf("  (the sender took the issue up %.2f s after it was put into sending: its own round, as the"
                    + " benchmark starts in SQL and nothing woke it; counting that wait too: %,.0f messages/s)%n",
                    (takenUpNanos - startedNanos) / 1e9, recipients / ((doneNanos - startedNanos) / 1e9));
            System.out.printf("Outbox sender as a share of the raw loop: %.0f%% (target 70%%)%n", 100 * sender / raw);
            mail.purgeEmailFromAllMailboxes();

            faultRun(db, recipients, wlp);
        } finally {
            mail.stop();
        }
    }

    static void subscribers(Connection db, int n) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM outgoing_email");
            s.executeUpdate("DELETE FROM newsletter_item");
            s.executeUpdate("DELETE FROM newsletter_issue");
            s.executeUpdate("DELETE FROM newsletter_subscriber");
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO newsletter_subscriber (id, email, name, status,"
                + " unsubscribe_token, created_at, confirmed_at, version) VALUES (?, ?, ?, 'SUBSCRIBED', ?, ?, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < n; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "reader" + i + "@bench.example.org");
                insert.setString(3, "Reader " + i);
                insert.setString(4, UUID.randomUUID().toString().replace("-", "") + i);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("%,d confirmed subscribers in cml_bench%n", n);
    }

    /** What the coordinator's "Send" does, in SQL: the issue with its items, a copy per subscriber, the issue sending. */
    static String startSending(Connection db, String subject, int recipients) throws Exception {
        String issue = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        db.setAutoCommit(false);
        try (PreparedStatement i = db.prepareStatement("INSERT INTO newsletter_issue (id, title, intro, status, created_at,"
                + " news_since, send_started_at, recipients, version) VALUES (?, ?, ?, 'SENT', ?, ?, ?, 0, 0)")) {
            i.setString(1, issue);
            i.setString(2, subject);
            i.setString(3, "Welcome to this month's news from community managed libraries.\n\n".repeat(3));
            i.setTimestamp(4, now);
            i.setTimestamp(5, now);
            i.setTimestamp(6, now);
            i.executeUpdate();
        }
        try (PreparedStatement item = db.prepareStatement("INSERT INTO newsletter_item (issue_id, position, section, title,"
                + " summary, link, included) VALUES (?, ?, ?, ?, ?, ?, TRUE)")) {
            String[] sections = {"POST", "EVENT", "RESOURCE", "FUNDING"};
            for (int p = 0; p < 12; p++) {
                item.setString(1, issue);
                item.setInt(2, p);
                item.setString(3, sections[p / 3]);
                item.setString(4, "Item " + p + " of the month's news");
                item.setString(5, "A short summary of what this item is about and why it matters to a library team.");
                item.setString(6, "post.xhtml?id=" + UUID.randomUUID());
                item.addBatch();
            }
            item.executeBatch();
        }
        // As the outbox writes an issue's copies (JpaOutbox.queueNewsletterCopies), for the first N subscribers.
        try (PreparedStatement d = db.prepareStatement("INSERT INTO outgoing_email (id, kind, to_email, to_name, subject,"
                + " queued_at, next_attempt_at, attempts, newsletter_issue_id, unsubscribe_token)"
                + " SELECT CAST(? AS VARCHAR(8)) || SUBSTR(id, 9), 'newsletter', email, name, ?, ?, ?, 0, ?, unsubscribe_token"
                + " FROM newsletter_subscriber WHERE status = 'SUBSCRIBED' ORDER BY email LIMIT ?")) {
            Timestamp utc = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            d.setString(1, issue.substring(0, 8));
            d.setString(2, subject);
            d.setTimestamp(3, utc);
            d.setTimestamp(4, utc);
            d.setString(5, issue);
            d.setInt(6, recipients);
            d.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
        return issue;
    }

    /** The yardstick: one connection, a message of the same shape (text + HTML alternatives) per recipient. */
    static double rawLoop(int n) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", "3025");
        Session session = Session.getInstance(props);
        String text = "Welcome to this month's news.\n\n" + "* Item of the month's news\n  A short summary.\n  https://example.org/post\n\n".repeat(12);
        String html = "<html><body><h1>News</h1><ul>" + "<li><a href=\"https://example.org/post\">Item</a><br>A short summary.</li>".repeat(12) + "</ul></body></html>";
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < n; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom("no-reply@bench.example.org");
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("raw" + i + "@raw.example.org", "Reader " + i));
                message.setSubject("Raw loop " + i);
                MimeBodyPart t = new MimeBodyPart();
                t.setText(text + "unsubscribe: https://example.org/u?token=" + i, "UTF-8");
                MimeBodyPart h = new MimeBodyPart();
                h.setText(html, "UTF-8", "html");
                message.setContent(new MimeMultipart("alternative", t, h));
                message.setHeader("List-Unsubscribe", "<https://example.org/u?token=" + i + ">");
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        waitForCount(n, 120);
        return n / seconds;
    }

    /** When the server's sender claims the issue's first copies (what the coordinator's "Send" starts at once). */
    static long waitUntilTakenUp(Connection db, String issue, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        try (PreparedStatement taken = db.prepareStatement("SELECT 1 FROM outgoing_email WHERE newsletter_issue_id = ?"
                + " AND attempts > 0 FETCH FIRST 1 ROWS ONLY")) {
            taken.setString(1, issue);
            while (System.nanoTime() < until) {
                try (ResultSet r = taken.executeQuery()) {
                    if (r.next()) {
                        return System.nanoTime();
                    }
                }
                Thread.sleep(2);
            }
        }
        throw new IllegalStateException("the sender did not take the issue up within " + seconds + " s");
    }

    static void waitForCount(int n, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (mail.getReceivedMessages().length < n && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    static int copiesOf(String subject) throws Exception {
        int count = 0;
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (subject.equals(m.getSubject())) {
                count++;
            }
        }
        return count;
    }

    static void waitForCopies(String subject, int n, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            if (mail.getReceivedMessages().length >= n && copiesOf(subject) >= n) {
                return;
            }
            Thread.sleep(50);
        }
    }

    static void faultRun(Connection db, int n, Path wlp) throws Exception {
        String subject = "Fault issue " + System.nanoTime();
        startSending(db, subject, n);
        while (mail.getReceivedMessages().length < n / 2) {
            Thread.sleep(20);
        }
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/cml-it.pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly(); // SIGKILL
        server.onExit().join();
        int atKill = mail.getReceivedMessages().length;
        System.out.printf("%nFault run: killed the server (SIGKILL) with %,d of %,d copies received; restarting%n", atKill, n);
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", "cml").inheritIO().start().waitFor();
        waitForCopies(subject, n, 300);
        Map<String, Integer> copies = new HashMap<>();
        Map<String, java.util.Set<String>> ids = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (subject.equals(m.getSubject())) {
                String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
                copies.merge(to, 1, Integer::sum);
                ids.computeIfAbsent(to, t -> new java.util.HashSet<>()).add(m.getMessageID());
            }
        }
        long twice = copies.values().stream().filter(c -> c > 1).count();
        long moreThanTwice = copies.values().stream().filter(c -> c > 2).count();
        long missing = n - copies.size();
        boolean sameIds = ids.values().stream().allMatch(set -> set.size() == 1);
        System.out.printf("Fault run: %,d recipients got it, %d got two copies (same Message-ID: %s), %d more than two, %d got none%n",
                copies.size(), twice, sameIds, moreThanTwice, missing);
        // The bound (README, Email): again at most the copies in flight, the batch each connection was sending.
        boolean pass = missing == 0 && moreThanTwice == 0 && twice <= IN_FLIGHT && sameIds;
        System.out.println(pass ? "Fault run: PASS (none skipped; again at most the copies in flight, with the same Message-ID)"
                : "Fault run: FAIL");
    }
}
