package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rush on the booking desk, in the running server: bookings never overbook, never book anyone twice
 * (a double click is answered with the booking, or refused by the one-booking-per-email constraint when
 * both arrive at the same moment), keep the waiting list in one order, and give a refused request its
 * own answer without costing the others theirs.
 */
class BookingRushIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final int PLACES = 10;
    private static final int PEOPLE = 40;
    private static final int REFUSED = 6;

    @Test
    void aRushForTheLastPlacesWithDoubleClicksAndBadRequestsBooksEachPersonOnceAndNeverOverbooks() throws Exception {
        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        HttpResponse<String> created = coordinator.submit("coordinator/events.xhtml", "schedule", "submit", Map.of(
                "title", "Rush test " + System.nanoTime(), "type", "WORKSHOP", "date", (Year.now().getValue() + 1) + "-06-11",
                "start", "10:00", "end", "12:00", "venue", "Hillside Community Library", "capacity", Integer.toString(PLACES)));
        Matcher id = Pattern.compile("attendees.csv\\?event=([a-f0-9-]+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        String event = id.group(1);
        String bookings = "api/events/" + event + "/bookings";

        // Each person twice (a double click), and some requests the core refuses (no name), all at once.
        String run = Long.toString(System.nanoTime());
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String person = "{\"name\":\"Rush Person\",\"email\":\"rush-" + i + "-" + run + "@example.org\"}";
            requests.add(person);
            requests.add(person);
        }
        for (int i = 0; i < REFUSED; i++) {
            requests.add("{\"name\":\"\",\"email\":\"rush-refused-" + i + "-" + run + "@example.org\"}");
        }
        Collections.shuffle(requests, new Random(7));

        ExecutorService clients = Executors.newFixedThreadPool(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            SiteSession api = new SiteSession();
            for (String request : requests) {
                answers.add(clients.submit(() -> {
                    go.await();
                    return api.postJson(bookings, request, BookingApiIT.DESK);
                }));
            }
            go.countDown();
            Map<String, String> bookingOf = new HashMap<>();
            Map<String, String> statusOf = new HashMap<>();
            TreeSet<Integer> positions = new TreeSet<>();
            int refused = 0;
            for (int i = 0; i < requests.size(); i++) {
                HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
                String email = field(requests.get(i), "email");
                if (email.contains("refused")) {
                    assertEquals(400, answer.statusCode(), answer.body());
                    assertTrue(answer.body().contains("Enter your full name"), answer.body());
                    refused++;
                    continue;
                }
                if (answer.statusCode() == 409) {
                    assertTrue(answer.body().contains("already has a booking"), answer.body());
                    continue; // the other click's booking was being saved at the same moment
                }
                assertEquals(201, answer.statusCode(), answer.body());
                String booking = field(answer.body(), "booking");
                String earlier = bookingOf.putIfAbsent(email, booking);
                assertTrue(earlier == null || earlier.equals(booking), "a double click is one booking: " + email);
                statusOf.put(email, field(answer.body(), "status"));
                Matcher position = Pattern.compile("\"waitlistPosition\":(\\d+)").matcher(answer.body());
                if (position.find()) {
                    positions.add(Integer.parseInt(position.group(1)));
                }
            }
            assertEquals(REFUSED, refused);
            assertEquals(PEOPLE, bookingOf.size());
            assertEquals(PLACES, statusOf.values().stream().filter("CONFIRMED"::equals).count(), "exactly the places there are");
            assertEquals(PEOPLE - PLACES, statusOf.values().stream().filter("WAITLISTED"::equals).count());
            assertEquals(PEOPLE - PLACES, positions.size(), "no two people share a place in the waiting list");
            assertEquals(1, positions.first());
            assertEquals(PEOPLE - PLACES, positions.last());
        } finally {
            clients.shutdownNow();
        }
        String shown = new SiteSession().get("api/events/" + event).body();
        assertTrue(shown.contains("\"placesLeft\":0"), shown);
        String csv = coordinator.get("manage/attendees.csv?event=" + event).body();
        assertEquals(PEOPLE, csv.lines().filter(line -> line.contains("-" + run + "@example.org")).count(), csv);
        assertTrue(!csv.contains("rush-refused"), "nothing of a refused request is saved");
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(value.find(), json);
        return value.group(1);
    }
}
