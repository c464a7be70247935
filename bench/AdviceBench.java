import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.embedded.CmlNetwork;
import uk.cmlnetwork.jpa.NetworkServices;
import uk.cmlnetwork.news.DigestPeriod;
import uk.cmlnetwork.news.Frequency;

/**
 * Ask the network benchmark (run by bench/advice): generates questions, answers and members with news
 * waiting, then measures similar-question suggestions and the site's search at N threads next to a
 * yardstick (a question read by its key), and the weekly email for every member.
 */
public class AdviceBench {
    static final String[] VERBS = {"insure", "fund", "heat", "repair", "lease", "promote", "staff", "open", "clean", "light"};
    static final String[] THINGS = {"building", "roof", "volunteers", "van", "story time", "boiler", "website", "garden",
            "cafe", "meeting room", "book sale", "toilets"};
    static final String[] WORDS = {"insure", "lease", "roof repairs", "volunteers", "boiler", "story time", "grant",
            "council agreement", "treasurer", "garden"};

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String user = args[1];
        String password = args[2];
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int questions = Integer.parseInt(args[5]);
        int answers = Integer.parseInt(args[6]);
        int members = Integer.parseInt(args[7]);
        try (CmlNetwork network = CmlNetwork.open(jdbc, user, password, Clock.systemUTC())) {
            System.err.println("Generating " + questions + " questions, " + answers + " answers, " + members + " members...");
            generate(jdbc, user, password, questions, answers, members);
            List<String> ids = ids(jdbc, user, password);

            System.err.println("Warming up for 30 s...");
            measure(network, clients, 10, s -> s.peerAdvice().find(new QuestionId(any(ids))));
            measure(network, clients, 10, s -> s.peerAdvice().similarTo(title()));
            measure(network, clients, 10, s -> s.siteSearch().search(any(WORDS), true));

            Result yardstick = measure(network, clients, seconds, s -> s.peerAdvice().find(new QuestionId(any(ids))));
            Result similar = measure(network, clients, seconds, s -> s.peerAdvice().similarTo(title()));
            Result search = measure(network, clients, seconds, s -> s.siteSearch().search(any(WORDS), true));

            long started = System.nanoTime();
            DigestPeriod week = DigestPeriod.due(Frequency.WEEKLY, java.time.Instant.now(), 0);
            int sent = 0;
            List<String> waiting;
            while (!(waiting = network.inTransaction(s -> s.memberNews().waitingFor(week))).isEmpty()) {
                for (String member : waiting) {
                    sent += network.inTransaction(s -> s.memberNews().sendDigest(member, week, m -> "\n--\nChoices: link\n")) ? 1 : 0;
                }
            }
            double digestSeconds = (System.nanoTime() - started) / 1e9;
            long outbox = count(jdbc, user, password, "select count(*) from outgoing_email where kind = 'digest'");

            System.out.println();
            System.out.printf("Ask the network benchmark: %d questions, %d answers, %d members, %d threads, %d s each%n",
                    questions, answers, members, clients, seconds);
            yardstick.print("yardstick: a question read by its key", null);
            similar.print("similar questions for a title", yardstick);
            search.print("the site's search", yardstick);
            System.out.printf("weekly email: %d members' emails built and in the outbox (%d rows) in %.1f s (target under 60 s), %.1f ms each%n",
                    sent, outbox, digestSeconds, 1000 * digestSeconds / Math.max(1, sent));
        }
    }

    static String any(String[] values) {
        return values[ThreadLocalRandom.current().nextInt(values.length)];
    }

    static String any(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static String title() {
        return "How do we " + any(VERBS) + " the " + any(THINGS) + "?";
    }

    record Result(double perSecond, double p50, double p95, double p99) {
        void print(String name, Result yardstick) {
            System.out.printf("%-40s %8.0f /s   p50 %6.1f ms   p95 %6.1f ms (target under 50 ms)   p99 %6.1f ms%s%n", name,
                    perSecond, p50, p95, p99, yardstick == null ? "" : String.format("   %.0f%% of the yardstick's rate",
                            100 * perSecond / yardstick.perSecond()));
        }
    }

    static Result measure(CmlNetwork network, int clients, int seconds, Consumer<NetworkServices> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Long>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> times = new ArrayList<>();
            all.add(times);
            pool.execute(() -> {
                while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    network.inTransaction(s -> {
                        work.accept(s);
                        return null;
                    });
                    times.add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        long[] times = all.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        return new Result(times.length / (double) seconds, at(times, 0.50), at(times, 0.95), at(times, 0.99));
    }

    static double at(long[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (share * sorted.length))] / 1e6;
    }

    static List<String> ids(String jdbc, String user, String password) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement s = db.createStatement();
             var rs = s.executeQuery("select id from question")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    static long count(String jdbc, String user, String password, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement s = db.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Set-based inserts: the data a network of this size would have after some years. */
    static void generate(String jdbc, String user, String password, int questions, int answers, int members) throws Exception {
        String verbs = "ARRAY['" + String.join("','", VERBS) + "']";
        String things = "ARRAY['" + String.join("','", THINGS) + "']";
        try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement s = db.createStatement()) {
            s.execute("insert into member (id, full_name, email, category, region, joined_at, version, status, coordinator,"
                    + " newsletter_consent, directory_consent, show_organisation, show_region, show_email)"
                    + " select md5('m' || i)::uuid::text, 'Member ' || i, 'member-' || i || '@example.org', 'LIBRARY_TEAM',"
                    + " 'SOUTH_WEST', now(), 0, 'ACTIVE', false, false, i % 3 = 0, true, true, false"
                    + " from generate_series(1, " + members + ") as i");
            s.execute("insert into question (id, asker_id, asker_name, title, body, body_html, asked_at, answer_count,"
                    + " visibility, report_count, version, solution_id)"
                    + " select md5('q' || i)::uuid::text, md5('m' || (1 + i % " + members + "))::uuid::text, 'Member ' || i,"
                    + " 'How do we ' || (" + verbs + ")[1 + i % 10] || ' the ' || (" + things + ")[1 + (i / 10) % 12] || ' (' || i || ')?',"
                    + " 'We are a community library and need to ' || (" + verbs + ")[1 + i % 10] || ' the ' || (" + things
                    + ")[1 + (i / 10) % 12] || '. The council agreement says little about it; our treasurer asks what others did.',"
                    + " '<p>We are a community library.</p>', now() - (i || ' minutes')::interval, " + (answers / questions)
                    + ", 'SHOWN', 0, 0, null from generate_series(1, " + questions + ") as i");
            s.execute("insert into answer (id, question_id, author_id, author_name, body, body_html, answered_at, helped_count,"
                    + " visibility, report_count, version)"
                    + " select md5('a' || i)::uuid::text, md5('q' || (1 + i % " + questions + "))::uuid::text,"
                    + " md5('m' || (1 + (i * 7) % " + members + "))::uuid::text, 'Member ' || i,"
                    + " 'In ours the council kept the roof and walls; we look after the inside. Ask for a schedule of condition.',"
                    + " '<p>In ours the council kept the roof.</p>', now(), i % 4, 'SHOWN', 0, 0 from generate_series(1, " + answers + ") as i");
            // every other question solved by one of its answers (the similar list puts solved ones first)
            s.execute("update question q set solution_id = md5('a' || (g.i - 1))::uuid::text, solved_at = now()"
                    + " from generate_series(2, " + questions + ", 2) as g(i) where q.id = md5('q' || g.i)::uuid::text");
            s.execute("insert into news_item (id, member_id, kind, frequency, subject, text, created_at)"
                    + " select md5('n' || i || '-' || k)::uuid::text, md5('m' || i)::uuid::text, 'FOLLOWED_ANSWERS', 'WEEKLY',"
                    + " 'A new answer to a question you follow: How do we insure the roof (' || k || ')?',"
                    + " 'Member ' || k || ' answered: in ours the council kept the roof and walls; we look after the inside.', now()"
                    + " from generate_series(1, " + members + ") as i, generate_series(1, 3) as k");
            s.execute("analyze");
        }
    }
}
