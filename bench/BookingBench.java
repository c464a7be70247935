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
 * Booking throughput through the REST endpoint, next to a raw JDBC insert-and-commit loop on the same
 * PostgreSQL database in the same run (the disk's commit bound). Run by bench/booking (see bench/README.md).
 * Arguments: siteUrl jdbcUrl user password clients seconds events [client]. The HTTP client is wrk
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
        // Parallel loops, for comparison: PostgreSQL then groups commits into one flush.
        Result rawParallel = rawJdbc(jdbc, user, password, clients, seconds);
        // Measure the server warm, as it runs in production. The warm-up uses a few clients only: with the
        // machine's two cores saturated, the JIT compiler's queue grew past a hundred methods and the server
        // took four to five minutes to reach its speed; with four clients it is there within a minute.
        Result warm = book(javaClient, site, events, WARM_UP_CLIENTS, WARM_UP_SECONDS, "warm");
        // The yardstick: one insert-and-commit loop, each commit waiting for its own flush (the
        // disk's fsync bound). It varies by a quarter from minute to minute on this machine (checkpoints,
        // the host's disk), so it is measured just before and just after the bookings, and their mean used.
        Result rawBefore = rawJdbc(jdbc, user, password, 1, seconds);
        // Then half a minute with all the clients before measuring: after the jump from four clients, the
        // first 10-20 s were up to a fifth slower than the rounds after them (10 s rounds: 1,310, 1,444, 1,562,
        // 1,650/s). Meanwhile the connection pool grew from 9 to 14 and the server's threads from 63 to 71.
        Result settle = book(javaClient, site, events, clients, SETTLE_SECONDS, "settle");
        long unsentBefore = unsentEmails(jdbc, user, password);
        CpuUse cpuBefore = CpuUse.available() ? CpuUse.now() : null;
        Result booked = book(javaClient, site, events, clients, seconds, "run");
        CpuUse cpuAfter = cpuBefore == null ? null : CpuUse.now();
        // The confirmations still to send when the run ends are sent before the raw loop is measured
        // again, so that loop does not share the machine with the server's sender.
        long unsentAtEnd = unsentEmails(jdbc, user, password);
        double drainSeconds = untilEmailsSent(jdbc, user, password);
        Result rawAfter = rawJdbc(jdbc, user, password, 1, seconds);
        double raw = (rawBefore.perSecond() + rawAfter.perSecond()) / 2;
        System.out.println();
        System.out.println(rawBefore.describe("raw JDBC, one loop"));
        System.out.println(rawAfter.describe("raw JDBC, one loop again"));
        System.out.println(rawParallel.describe("raw JDBC, " + clients + " loops"));
        System.out.println(booked.describe("HTTP bookings (REST)"));
        System.out.printf("bookings/s as a share of the raw loop's commits/s (mean of the two, %.0f/s): %.0f%%"
                + " (target 50%% or better)%n", raw, 100.0 * booked.perSecond() / raw);
        System.out.printf("confirmation emails: %d waiting when the run began, %d when it ended, all sent %.1f s later"
                + " (bookings with their emails sent: %.0f per second)%n", unsentBefore, unsentAtEnd, drainSeconds,
                booked.count / (booked.seconds + drainSeconds));
        System.out.printf("bookings/s as a share of %d parallel raw loops: %.0f%%%n", clients,
                100.0 * booked.perSecond() / rawParallel.perSecond());
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

    /** Emails not sent yet: in the outbox (not given up either), and new bookings' confirmations still owed. */
    static long unsentEmails(String jdbc, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, user, password); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery(
                     "select (select count(*) from outgoing_email where sent_at is null and given_up_at is null)"
                             + " + (select count(*) from booking where confirmation_due_at is not null)")) {
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
