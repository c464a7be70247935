package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fault test: clients book in a loop through the REST API while the server is killed with SIGKILL at a random
 * moment, then restarted. Every booking a client was told about is there, nothing is over capacity,
 * nobody is booked twice, and every booking stored gets its confirmation email: none skipped, and at most
 * one more copy (with the same Message-ID) of the emails in flight when the server died: those of the
 * batch each sending connection had not yet recorded sent. (Runs against the build's Liberty server, which it leaves running.)
 */
class BookingsSurviveAKilledServerIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final int PLACES = 8;
    /** The web module's OutboxSender.WORKERS times OutboxSender.BATCH: the emails that may be in flight. */
    static final int IN_FLIGHT = 4 * 50;
    static final Path WLP = Path.of("target/liberty/wlp");
    /** The tests' own server (cml-ear/pom.xml), not the run command's. */
    static final String SERVER = System.getProperty("cml.it.server", "cml-it");

    @Test
    void everyAcknowledgedBookingSurvivesAKillNineAndNothingIsOverbooked() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        String title = "Kill test " + System.nanoTime();
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", title, "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-05-12", "start", "10:00",
                "end", "12:00", "venue", "Hillside Community Library", "capacity", String.valueOf(PLACES)));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        String event = id.group(1);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String email = "kill-" + client + "-" + n + "-" + event.substring(0, 8) + "@example.org";
                    try {
                        HttpResponse<String> booked = new SiteSession().postJson("api/events/" + event + "/bookings",
                                "{\"name\":\"Kill Test\",\"email\":\"" + email + "\"}", BookingApiIT.DESK);
                        if (booked.statusCode() == 201) {
                            acknowledged.add(email);
                        }
                    } catch (Exception | AssertionError serverGone) {
                        pause();
                    }
                }
            });
        }
        // Let bookings flow, then kill at a random moment among them.
        for (int i = 0; i < 600 && acknowledged.size() < 12; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(new Random().nextInt(1500));
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + SERVER + ".pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL: no shutdown, no flush
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        Thread.sleep(1000);
        stop.set(true);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);

        Process start = new ProcessBuilder(new File(WLP.toFile(), "bin/server").getAbsolutePath(), "start", SERVER)
                .inheritIO().start();
        assertEquals(0, start.waitFor(), "the server starts again");
        waitUntilServing();

        SiteSession again = new SiteSession();
        again.signIn("coordinator@example.org", AuthorisationMatrixIT.PASSWORD);
        List<String[]> rows = new ArrayList<>();
        for (String line : again.get("manage/attendees.csv?event=" + event).body().split("\r?\n")) {
            if (!line.startsWith("name,")) {
                rows.add(line.split(","));
            }
        }
        Set<String> stored = rows.stream().map(r -> r[1]).collect(Collectors.toSet());
        assertTrue(acknowledged.size() > 0, "some bookings were made before the kill");
        assertTrue(stored.containsAll(acknowledged), "lost: " + acknowledged.stream().filter(a -> !stored.contains(a)).toList());
        assertEquals(rows.size(), stored.size(), "nobody is booked twice");
        long confirmed = rows.stream().filter(r -> r[2].equals("CONFIRMED")).count();
        assertTrue(confirmed <= PLACES, confirmed + " confirmed for " + PLACES + " places");
        System.out.println("Fault test: " + acknowledged.size() + " bookings acknowledged around the kill, "
                + rows.size() + " stored, " + confirmed + " confirmed for " + PLACES + " places");
        String page = again.get("manage/attendees.xhtml?id=" + event).body();
        assertTrue(page.contains(confirmed + " booked of " + PLACES), "the booked count matches the bookings");

        // Emails the killed server had taken wait for the outbox's lease (a minute) before going again.
        Map<String, List<String>> received = Map.of();
        for (int i = 0; i < 200 && !received.keySet().containsAll(stored); i++) {
            Thread.sleep(500);
            received = MessageIds.byAddress(mail, subject -> subject.endsWith(": " + title));
        }
        Map<String, List<String>> got = received;
        assertTrue(got.keySet().containsAll(stored), "no confirmation for: "
                + stored.stream().filter(s -> !got.containsKey(s)).toList());
        long twice = got.values().stream().mapToLong(ids -> ids.size() - 1).sum();
        assertTrue(twice <= IN_FLIGHT, twice + " emails went twice; at most those in flight may");
        got.forEach((to, ids) -> assertEquals(1, ids.stream().distinct().count(), "a second copy has the same Message-ID: " + to));
        System.out.println("Fault test: " + got.values().stream().mapToInt(List::size).sum() + " confirmations for "
                + stored.size() + " bookings (" + twice + " sent again)");
    }

    private static void waitUntilServing() throws Exception {
        for (int i = 0; i < 120; i++) {
            try {
                if (new SiteSession().get("").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come back");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
