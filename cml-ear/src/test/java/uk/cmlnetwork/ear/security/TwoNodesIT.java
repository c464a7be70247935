package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes, one database: the tests' server (node A) and a second Liberty server made from it (node B, same
 * application and settings, other ports) on the same PostgreSQL database, with sessions kept there
 * ({@code cml.sessions=database}). A member signs in on B and carries on on A, another signs out on A and is
 * signed out on B; clients book the last places
 * from both at once (none overbooked); a newsletter goes out with both nodes' senders at work and B is killed
 * (SIGKILL) mid-way: every subscriber gets their copy, at most the emails B had in flight go twice (with the
 * same Message-ID), and the member who signed in on B is still signed in on A and can send the form B gave them.
 * Runs only when the tests' server is on PostgreSQL ({@code .ci/it-postgres}): Derby is embedded in one server.
 */
class TwoNodesIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final String NODE_B = "cml-it-b";
    static final int NODE_B_HTTP = 9280;
    static final int NODE_B_HTTPS = 9643;
    static final String SITE_A = SiteSession.SITE;
    static final String SITE_B = "http://localhost:" + NODE_B_HTTP + "/";
    static final int PLACES = 6;
    static final int SUBSCRIBERS = 150;
    /** The web module's OutboxSender.WORKERS times OutboxSender.BATCH: what one node may have in flight. */
    static final int IN_FLIGHT = 4 * 50;

    static SecondNode nodeB;

    @BeforeAll
    static void startNodeB() throws Exception {
        assumeTrue("postgresql".equals(System.getenv("CML_DATABASE")) && "database".equals(System.getenv("CML_SESSIONS")),
                "Two nodes need the tests' server on PostgreSQL with sessions in the database (.ci/it-postgres)");
        nodeB = SecondNode.start(NODE_B, NODE_B_HTTP, NODE_B_HTTPS);
    }

    @AfterAll
    static void stopNodeB() throws Exception {
        if (nodeB != null) {
            nodeB.stopIfRunning();
        }
    }

    @Test
    void twoNodesBehaveAsOneSite() throws Exception {
        String run = String.valueOf(System.nanoTime());

        // Signed in on B, the member is signed in on A: one session, kept in the database.
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail).moveTo(SITE_B);
        coordinator.signIn("coordinator@example.org", AuthorisationMatrixIT.PASSWORD);
        assertTrue(!SiteSession.asksToSignIn(coordinator.moveTo(SITE_A).get("coordinator/events.xhtml")),
                "signed in on B, still signed in on A");
        // A member who signs out on one node is signed out on the other.
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, "two-nodes-member-" + run + "@example.org");
        assertTrue(!SiteSession.asksToSignIn(member.moveTo(SITE_B).get("account/profile.xhtml")), "signed in on A, and on B");
        member.moveTo(SITE_A).submit("libraries.xhtml?q=library", "signOut", "signOutButton", Map.of());
        assertTrue(SiteSession.asksToSignIn(member.moveTo(SITE_B).get("account/profile.xhtml")), "signed out on A, and on B");

        bookTheLastPlacesFromBothNodes(coordinator, run);
        Set<String> subscribers = subscribeThroughBothNodes(run);

        // The newsletter goes out from B's page; both nodes' senders take batches; B is killed mid-way.
        String title = "Two nodes news " + run;
        coordinator.moveTo(SITE_B);
        HttpResponse<String> draft = coordinator.submit("coordinator/newsletters.xhtml", "draft", "next", Map.of());
        String issuePage = "coordinator/newsletter.xhtml?" + draft.uri().getQuery();
        coordinator.submit(issuePage, "issue", "save", Map.of("title", title, "intro", "Sent by two servers."));
        HttpResponse<String> sending = coordinator.submit(issuePage, "issue", "send", Map.of("title", title,
                "intro", "Sent by two servers."));
        assertTrue(sending.body().contains("Sending to"), "the issue is on its way");
        // The member opens a form on B (Faces keeps the page's state in the session), and B dies before they send it.
        HttpResponse<String> formFromB = coordinator.get("coordinator/events.xhtml");
        assertEquals(200, formFromB.statusCode());
        for (int i = 0; i < 400 && MessageIds.byAddress(mail, title::equals).isEmpty(); i++) {
            Thread.sleep(25);
        }
        int beforeKill = MessageIds.byAddress(mail, title::equals).values().stream().mapToInt(List::size).sum();
        nodeB.kill(); // SIGKILL: no shutdown, no flush

        // A takes over B's leased batches after the outbox's lease (a minute).
        Map<String, List<String>> received = Map.of();
        for (int i = 0; i < 360 && !received.keySet().containsAll(subscribers); i++) {
            Thread.sleep(500);
            received = MessageIds.byAddress(mail, title::equals);
        }
        Map<String, List<String>> got = received;
        assertTrue(got.keySet().containsAll(subscribers), "no copy for: "
                + subscribers.stream().filter(s -> !got.containsKey(s)).limit(10).toList());
        long twice = got.values().stream().mapToLong(ids -> ids.size() - 1).sum();
        assertTrue(twice <= IN_FLIGHT, twice + " copies went twice; at most those B had in flight may");
        got.forEach((to, ids) -> assertEquals(1, ids.stream().distinct().count(), "a second copy has the same Message-ID: " + to));
        System.out.println("Two nodes: " + beforeKill + " copies received when B was killed; "
                + got.values().stream().mapToInt(List::size).sum() + " copies for " + subscribers.size()
                + " subscribers of this test (" + twice + " sent again)");

        // B is dead: the member it signed in is still signed in on A, and the form B gave them still goes.
        coordinator.moveTo(SITE_A);
        HttpResponse<String> account = coordinator.get("coordinator/events.xhtml");
        assertTrue(!SiteSession.asksToSignIn(account), "the session B made survives B");
        String eventTitle = "Made on B, sent to A " + run;
        HttpResponse<String> created = coordinator.submitShown(formFromB, "coordinator/events.xhtml", "schedule", "submit",
                Map.of("title", eventTitle, "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-06-02",
                        "start", "10:00", "end", "12:00", "venue", "Hillside Community Library", "capacity", "10"));
        assertTrue(created.body().contains(eventTitle), "the form B showed was accepted by A: " + created.statusCode()
                + " " + created.uri() + "\n" + created.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", ""));
    }

    /** Eight clients, four on each node, book an event's last places through the REST API at once. */
    private static void bookTheLastPlacesFromBothNodes(SiteSession coordinator, String run) throws Exception {
        coordinator.moveTo(SITE_A);
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", "Two nodes rush " + run, "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-05-19",
                "start", "10:00", "end", "12:00", "venue", "Hillside Community Library", "capacity", String.valueOf(PLACES)));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        String event = id.group(1);

        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            String site = c % 2 == 0 ? SITE_A : SITE_B;
            int client = c;
            done.add(clients.submit(() -> {
                for (int n = 0; n < 3; n++) {
                    String email = "rush-" + client + "-" + n + "-" + run + "@example.org";
                    HttpResponse<String> booked = new SiteSession(site).postJson("api/events/" + event + "/bookings",
                            "{\"name\":\"Rush Test\",\"email\":\"" + email + "\"}", BookingApiIT.DESK);
                    assertEquals(201, booked.statusCode(), booked.body());
                    if (booked.body().contains("\"status\":\"CONFIRMED\"")) {
                        confirmed.add(email);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        List<String> rows = coordinator.get("manage/attendees.csv?event=" + event).body().lines()
                .filter(line -> !line.startsWith("name,")).toList();
        long stored = rows.stream().filter(row -> row.split(",")[2].equals("CONFIRMED")).count();
        assertEquals(PLACES, stored, "24 bookings from two nodes for " + PLACES + " places: exactly that many confirmed");
        assertEquals(PLACES, confirmed.size(), "the clients were told of as many places as there are");
        assertEquals(24, rows.size(), "the others are on the waiting list");
    }

    /** Subscribers sign up and confirm through both nodes (alternately), four at a time. */
    private static Set<String> subscribeThroughBothNodes(String run) throws Exception {
        Set<String> addresses = ConcurrentHashMap.newKeySet();
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int n = 0; n < SUBSCRIBERS; n++) {
            String email = "two-nodes-" + n + "-" + run + "@example.org";
            String site = n % 2 == 0 ? SITE_A : SITE_B;
            done.add(visitors.submit(() -> {
                HttpResponse<String> asked = new SiteSession(site).submit("newsletter.xhtml", "signup", "submit", Map.of("email", email));
                assertTrue(asked.body().contains("Check your email"), "signed up " + email);
                addresses.add(email);
                return null;
            }));
        }
        for (Future<?> visitor : done) {
            visitor.get(300, TimeUnit.SECONDS);
        }
        done.clear();
        Map<String, String> links = new HashMap<>();
        for (int i = 0; i < 100 && links.size() < SUBSCRIBERS; i++) {
            Thread.sleep(200);
            links = confirmationLinks(addresses);
        }
        assertEquals(SUBSCRIBERS, links.size(), "every subscriber got a confirmation link");
        int n = 0;
        for (Map.Entry<String, String> link : links.entrySet()) {
            String site = n++ % 2 == 0 ? SITE_B : SITE_A;
            String page = link.getValue().replaceFirst("^https?://[^/]+/", "");
            done.add(visitors.submit(() -> {
                HttpResponse<String> confirmed = new SiteSession(site).submit(page, "confirm", "submit", Map.of());
                assertTrue(confirmed.body().contains("You will get the newsletter"), "confirmed " + link.getKey());
                return null;
            }));
        }
        for (Future<?> visitor : done) {
            visitor.get(300, TimeUnit.SECONDS);
        }
        visitors.shutdown();
        return addresses;
    }

    private static Map<String, String> confirmationLinks(Set<String> addresses) throws Exception {
        Pattern link = Pattern.compile("(http\\S+/newsletter-confirm\\.xhtml\\?\\S+)");
        Map<String, String> links = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            Matcher found = link.matcher(text(message));
            if (addresses.contains(to) && found.find()) {
                links.put(to, found.group(1));
            }
        }
        return links;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
