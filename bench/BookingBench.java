import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Booking throughput through the REST endpoint, next to raw JDBC loops on the same PostgreSQL database in
 * the same run, as many as there are clients, making the statements a booking makes (the yardstick), and
 * one insert-and-commit loop (the disk's commit bound). Run by bench/booking (see bench/README.md).
 * Arguments: siteUrl jdbcUrl user password clients seconds events [client]; siteUrl may list several nodes of
 * the site, separated by commas (then wrk only, the clients shared among them). The HTTP client is wrk
 * (bench/booking-requests.lua) unless the last argument is "java": then Java's HttpClient, one thread per
 * client, which takes a good share of this machine's CPU from the server it measures. Compiled with
 * MailSink.java (where the server's confirmation emails go) and CpuUse.java, which measures where the
 * machine's CPU went during the run.
 */
public class BookingBench {
    static final String DESK = "Bearer local-test-booking-desk";
    static final int WARM_UP_SECONDS = 90;
    static final int WARM_UP_CLIENTS = 4;
    static final int SETTLE_SECONDS = 30;

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error failed) {
            failed.printStackTrace();
            System.exit(1); // the loops' threads would otherwise keep the JVM, and their connections, alive
        }
    }

    static void run(String[] args) throws Exception {
        String site = args[0];
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        int clients = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int eventCount = Integer.parseInt(args[6]);
        boolean javaClient = args.length > 7 && args[7].equals("java");
        Thread smtp = MailSink.start(3025);

        List<String> events = createEvents(jdbc, user, password, eventCount);
        System.out.printf("Booking benchmark: %d clients (%s), %d s per run, bookings spread over %d events%n",
                clients, javaClient ? "Java HttpClient" : "wrk", seconds, eventCount);
        // The yardstick: the statements a booking makes (its event's situation, the guarded update, the
        // booking row, the confirmation email's outbox row, commit), from as many loops as there are
        // clients, straight over JDBC on the same tables. Measured before and after the bookings (it moves
        // with the disk from minute to minute) and the mean used.
        List<String> rawEvents = createEvents(jdbc, user, password, eventCount);
        Result sameBefore = rawBookingStatements(jdbc, user, password, rawEvents, clients, seconds);
        // Measure the server warm, as it runs in production. The warm-up uses a few clients only: with the
        // machine's two cores saturated the JIT compiler's queue grows long and the server takes minutes
        // to reach its speed; with four clients it is there within a minute.
        Result warm = book(javaClient, site, events, WARM_UP_CLIENTS, WARM_UP_SECONDS, "warm");
        Result settle = book(javaClient, site, events, clients, SETTLE_SECONDS, "settle");
        long unsentBefore = unsentEmails(jdbc, user, password);
        CpuUse cpuBefore = CpuUse.available() ? CpuUse.now() : null;
        Result booked = book(javaClient, site, events, clients, seconds, "run");
        CpuUse cpuAfter = cpuBefore == null ? null : CpuUse.now();
        // The confirmations still to send when the run ends are sent before the yardsticks run again, so
        // they do not share the machine with the server's sender.
        long unsentAtEnd = unsentEmails(jdbc, user, password);
        double drainSeconds = untilEmailsSent(jdbc, user, password);
        Result sameAfter = rawBookingStatements(jdbc, user, password, rawEvents, clients, seconds);
        // A second yardstick: one insert-and-commit loop, each commit waiting for its own flush.
        Result oneLoop = rawJdbc(jdbc, user, password, 1, seconds);
        double same = (sameBefore.perSecond() + sameAfter.perSecond()) / 2;
        System.out.println();
        System.out.println(sameBefore.describe("raw booking statements, " + clients + " loops"));
        System.out.println(sameAfter.describe("the same, again"));
        System.out.println(oneLoop.describe("raw JDBC insert, one loop"));
        System.out.println(booked.describe("HTTP bookings (REST)"));
        System.out.printf("bookings/s as a share of the raw booking statements (mean of the two, %.0f/s): %.0f%%"
                + " (target 50%% or better); p95 %.1f ms (target under 100 ms)%n", same,
                100.0 * booked.perSecond() / same, booked.p95());
        System.out.printf("bookings/s as a share of the one-statement loop's commits/s: %.0f%%%n",
                100.0 * booked.perSecond() / oneLoop.perSecond());
        System.out.printf("confirmation emails: %d waiting when the run began, %d when it ended, all sent %.1f s later"
                + " (bookings with their emails sent: %.0f per second)%n", unsentBefore, unsentAtEnd, drainSeconds,
                booked.count / (booked.seconds + drainSeconds));
        if (cpuAfter != null) {
            System.out.println(cpuAfter.perBooking(cpuBefore, booked.count));
        }
        System.out.printf("(warm-up, %d clients for %d s: %.0f bookings/s, then %d clients for %d s: %.0f bookings/s;"
                + " failed requests in the measured run: %d)%n", WARM_UP_CLIENTS, WARM_UP_SECONDS, warm.perSecond(),
                clients, SETTLE_SECONDS, settle.perSecond(), booked.failures);
        smtp.interrupt();
        System.exit(0);
    }

    /** HTTP bookings from wrk, or from Java's HttpClient when asked for. */
    static Result book(boolean javaClient, String site, List<String> events, int clients, int seconds, String run)
            throws Exception {
        String[] nodes = site.split(",");
        if (nodes.length > 1) {
            return wrkOnEachNode(nodes, events, clients, seconds, run);
        }
        return javaClient ? http(site, events, clients, seconds, run) : wrk(site, events, clients, seconds, run);
    }

    record Result(long count, double seconds, long failures, double p50, double p95, double p99) {
        static Result of(long count, double seconds, long failures, long[] latenciesNanos) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return new Result(count, seconds, failures, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        }

        double perSecond() {
            return count / seconds;
        }

        String describe(String what) {
            return String.format("%-24s %8.0f per second   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (%d in %.1f s)",
                    what, perSecond(), p50, p95, p99, count, seconds);
        }

        static double pct(long[] sorted, int p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
        }
    }

    /** Workshops with more places than the run can fill, so every booking takes the capacity path. */
    static List<String> createEvents(String jdbc, String user, String password, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement insert = c.prepareStatement("insert into network_event (id, title, event_type, starts_at,"
                     + " ends_at, venue, capacity, booked_count, version, waitlist_count, status, members_only,"
                     + " calendar_sequence) values (?, ?, 'WORKSHOP', ?, ?, 'Bench Library', 10000000, 0, 0, 0,"
                     + " 'PUBLISHED', false, 0)")) {
            Instant start = Instant.now().plus(Duration.ofDays(60));
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setString(2, "Benchmark workshop " + i);
                insert.setObject(3, java.sql.Timestamp.from(start));
                insert.setObject(4, java.sql.Timestamp.from(start.plus(Duration.ofHours(2))));
                insert.executeUpdate();
                ids.add(id);
            }
        }
        return ids;
    }

    /** Emails not sent yet: in the outbox, and not given up either. */
    static long unsentEmails(String jdbc, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, user, password); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery(
                     "select count(*) from outgoing_email where sent_at is null and given_up_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Seconds until the outbox has nothing left to send (at most ten minutes). */
    static double untilEmailsSent(String jdbc, String user, String password) throws Exception {
        long begin = System.nanoTime();
        while (unsentEmails(jdbc, user, password) > 0) {
            if (System.nanoTime() - begin > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("confirmation emails still unsent after ten minutes");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    static Result rawJdbc(String jdbc, String user, String password, int clients, int seconds) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, user, password); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_raw (id varchar(36) primary key, email varchar(254) not null,"
                    + " created_at timestamp not null)");
            s.execute("truncate bench_raw");
        }
        return timed(clients, seconds, worker -> {
            Connection c = DriverManager.getConnection(jdbc, user, password);
            c.setAutoCommit(true); // one commit (and so one WAL flush) per insert, like one booking per transaction
            PreparedStatement insert = c.prepareStatement("insert into bench_raw values (?, ?, now())");
            return () -> {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setString(2, id + "@example.org");
                insert.executeUpdate();
                return true;
            };
        });
    }

    /** What one booking does in the database, over plain JDBC: the same statements, one transaction each. */
    static Result rawBookingStatements(String jdbc, String user, String password, List<String> events, int clients,
                                       int seconds) throws Exception {
        String letter = "Hello Raw Person,\n\nYou have a place at Benchmark workshop.\n\n".repeat(8);
        String calendar = "BEGIN:VCALENDAR\r\n" + "X-PADDING:a line of the event's calendar file\r\n".repeat(20)
                + "END:VCALENDAR\r\n";
        AtomicLong sequence = new AtomicLong();
        return timed(clients, seconds, worker -> {
            Connection c = DriverManager.getConnection(jdbc, user, password);
            c.setAutoCommit(false);
            PreparedStatement situation = c.prepareStatement("select e.id, e.title, e.capacity, e.booked_count, e.status,"
                    + " b.id, m.id from network_event e left join booking b on b.event_id = e.id and b.email = ?"
                    + " left join member m on m.email = ? where e.id = ?");
            PreparedStatement claim = c.prepareStatement("update network_event set booked_count = booked_count + 1,"
                    + " version = version + 1 where id = ? and (capacity is null or booked_count < capacity)");
            PreparedStatement booking = c.prepareStatement("insert into booking (id, event_id, attendee_name, email,"
                    + " booked_at, status, version, cancel_code_hash) values (?, ?, 'Raw Person', ?, now(), 'CONFIRMED', 0, ?)");
            PreparedStatement email = c.prepareStatement("insert into outgoing_email (id, kind, to_email, to_name, subject,"
                    + " body, calendar, queued_at, sent_at, attempts) values (?, 'booking', ?, 'Raw Person',"
                    + " 'Your place: Benchmark workshop', ?, ?, now(), now(), 0)");
            return () -> {
                long n = sequence.incrementAndGet();
                String event = events.get((int) (n % events.size()));
                String address = "raw-" + n + "-" + worker + "-" + UUID.randomUUID() + "@example.org";
                situation.setString(1, address);
                situation.setString(2, address);
                situation.setString(3, event);
                try (java.sql.ResultSet row = situation.executeQuery()) {
                    row.next();
                }
                claim.setString(1, event);
                claim.executeUpdate();
                booking.setString(1, UUID.randomUUID().toString());
                booking.setString(2, event);
                booking.setString(3, address);
                booking.setString(4, UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000");
                booking.executeUpdate();
                email.setString(1, UUID.randomUUID().toString());
                email.setString(2, address);
                email.setString(3, letter);
                email.setString(4, calendar);
                email.executeUpdate();
                c.commit();
                return true;
            };
        });
    }

    static Result http(String site, List<String> events, int clients, int seconds, String run) throws Exception {
        AtomicLong sequence = new AtomicLong();
        return timed(clients, seconds, worker -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            return () -> {
                long n = sequence.incrementAndGet();
                String event = events.get((int) (n % events.size()));
                String body = "{\"name\":\"Bench Person\",\"email\":\"" + run + "-" + n + "-" + worker + "@example.org\"}";
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(site + "api/events/" + event + "/bookings"))
                        .header("Content-Type", "application/json").header("Authorization", DESK)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 201;
            };
        });
    }

    /** The same requests from wrk (two threads, {@code clients} connections); latencies are over all answers. */
    static Result wrk(String site, List<String> events, int clients, int seconds, String run) throws Exception {
        ProcessBuilder wrk = new ProcessBuilder("wrk", "-t" + Math.min(2, clients), "-c" + clients, "-d" + seconds + "s", "--timeout", "10s",
                "-s", "bench/booking-requests.lua", site.replaceAll("/$", ""));
        wrk.environment().put("BOOKING_EVENTS", String.join(",", events));
        wrk.environment().put("BOOKING_RUN", run);
        wrk.environment().put("BOOKING_DESK", DESK);
        wrk.redirectErrorStream(true);
        Process process = wrk.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk gave no result:\n" + output));
        String[] f = result.split(" ");
        return new Result(Long.parseLong(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]));
    }

    /**
     * Several nodes of one site (bench/booking ... nodes=2): a wrk for each at once, the clients shared out. The
     * counts add up; the latencies given are the worse node's (percentiles of two runs cannot be merged).
     */
    static Result wrkOnEachNode(String[] nodes, List<String> events, int clients, int seconds, String run) throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(nodes.length);
        List<Future<Result>> each = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            String node = nodes[i];
            String name = run + "-node" + i;
            each.add(runs.submit(() -> wrk(node, events, Math.max(1, clients / nodes.length), seconds, name)));
        }
        long count = 0;
        long failures = 0;
        double longest = 0;
        double p50 = 0;
        double p95 = 0;
        double p99 = 0;
        for (Future<Result> result : each) {
            Result r = result.get();
            count += r.count();
            failures += r.failures();
            longest = Math.max(longest, r.seconds());
            p50 = Math.max(p50, r.p50());
            p95 = Math.max(p95, r.p95());
            p99 = Math.max(p99, r.p99());
        }
        runs.shutdown();
        return new Result(count, longest, failures, p50, p95, p99);
    }

    interface Operation {
        boolean run() throws Exception;
    }

    interface WorkerSetup {
        Operation create(int worker) throws Exception;
    }

    static Result timed(int clients, int seconds, WorkerSetup setup) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        long begin = System.nanoTime();
        for (int w = 0; w < clients; w++) {
            int worker = w;
            results.add(pool.submit(() -> {
                Operation op = setup.create(worker);
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = op.run();
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (!ok) {
                        failures.incrementAndGet();
                        continue;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return Result.of(merged.length, elapsed, failures.get(), merged);
    }
}
