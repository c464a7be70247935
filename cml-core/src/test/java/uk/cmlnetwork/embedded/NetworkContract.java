package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingClosed;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.BookingStatus;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.member.Registration;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceSearch;
import uk.cmlnetwork.shared.AttemptLimit;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;

/**
 * Members, libraries, events and resources through the Java SE entry point over a real database:
 * in-memory Derby ({@link DerbyNetworkTest}) and PostgreSQL ({@link PostgresNetworkTest}), so the
 * changelog and the queries are proven on both.
 */
abstract class NetworkContract extends NetworkFixture {
    @Test
    void registersAMemberOnceForEachEmail() {
        Member joined = network.inTransaction(s -> s.membership().register(RegisterMember.withoutConsents(
                new MemberDetails("Ada Trustee", " Ada@Example.org ", MemberCategory.LIBRARY_TEAM,
                        "Wells Community Library", Region.SOUTH_WEST, null, null), PASSWORD)).member());
        Member read = network.inTransaction(s -> s.membership().find(joined.id()));
        assertEquals("ada@example.org", read.email());
        assertEquals(MemberCategory.LIBRARY_TEAM, read.category());
        assertEquals(NOW, read.joinedAt());

        // Joining again with the address is answered as for a new one, changes nothing, and names the owner
        // (to be told by email), so the join form never says who is a member.
        Registration again = network.inTransaction(s -> s.membership()
                .register(RegisterMember.withoutConsents(new MemberDetails("Someone Else", "ADA@example.org",
                        MemberCategory.SUPPORTER, null, null, null, null), "another long passphrase")));
        assertFalse(again.isNew());
        assertEquals(joined.id(), again.member().id());
        Member unchanged = network.inTransaction(s -> s.membership().find(joined.id()));
        assertEquals("Ada Trustee", unchanged.name());
        assertEquals(MemberCategory.LIBRARY_TEAM, unchanged.category());
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("ada@example.org", PASSWORD)).isPresent(),
                "the owner's password is unchanged");
    }

    /** Seven guesses at once, from however many servers, are numbered one to seven: the sixth and seventh wait. */
    @Test
    void attemptsSentAtOnceAreCountedOneByOne() throws Exception {
        AttemptLimit fiveThenWait = AttemptLimit.growingDelays(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            List<Future<Duration>> waits = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                waits.add(pool.submit(() -> countOnce("sign-in:ada@example.org", fiveThenWait)));
            }
            List<Duration> all = new ArrayList<>();
            for (Future<Duration> wait : waits) {
                all.add(wait.get());
            }
            assertEquals(5, all.stream().filter(Duration::isZero).count(), all.toString());
            assertTrue(all.stream().filter(w -> !w.isZero()).allMatch(w -> w.compareTo(Duration.ofSeconds(2)) <= 0), all.toString());
        } finally {
            pool.shutdownNow();
        }
        Duration eighth = countOnce("sign-in:ada@example.org", fiveThenWait);
        assertEquals(Duration.ofSeconds(4), eighth, "each attempt over the limit waits twice as long as the one before");
        network.inTransaction(s -> {
            s.attemptLimits().forget("sign-in:ada@example.org");
            return null;
        });
        assertEquals(Duration.ZERO, countOnce("sign-in:ada@example.org", fiveThenWait));

        AttemptLimit threeAnHour = AttemptLimit.perWindow(3, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, countOnce("email:ada@example.org", threeAnHour));
        }
        assertEquals(Duration.ofHours(1), countOnce("email:ada@example.org", threeAnHour), "no more until the hour is over");
    }

    /** As the web module does it: a count begun at the same moment by another attempt is counted again. */
    private Duration countOnce(String key, AttemptLimit limit) {
        try {
            return network.inTransaction(s -> s.attemptLimits().countAndWait(key, limit));
        } catch (RuntimeException begunElsewhere) {
            return network.inTransaction(s -> s.attemptLimits().countAndWait(key, limit));
        }
    }

    @Test
    void refusesBadInputNamingEachFieldAndSavesNothing() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.membership()
                .register(RegisterMember.withoutConsents(new MemberDetails(" ", "not-an-email", null,
                        "x".repeat(201), null, null, null), "short"))));
        assertEquals(List.of("category", "email", "name", "organisation", "password"),
                List.copyOf(refused.problems().keySet()));
        assertEquals("Enter your full name", refused.problems().get("name"));

        InvalidInput badPostcode = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.libraryDirectory()
                .add(new AddLibrary("Somewhere Library", null, "NOPE", null, null, ManagementType.ICL, null, null, null))));
        assertTrue(badPostcode.problems().containsKey("postcode"));
        assertEquals(0, network.inTransaction(s -> s.libraryDirectory().all()).size());
    }

    @Test
    void addsALibraryWithItsPostcodeWrittenTheStandardWay() {
        Library added = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary(
                "Wrington Community Library", "Station Road, Wrington", "BS408XE", "North Somerset",
                Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, "https://example.org", null)));
        Library read = network.inTransaction(s -> s.libraryDirectory().find(added.id()));
        assertEquals("BS40 8XE", read.postcode());
        assertEquals(ManagementType.CRL, read.managementType());
        assertEquals(LibraryStage.SUSTAINING, read.stage());
        assertTrue(read.isCommunityManaged());
    }

    @Test
    void keepsEventTimesExactAcrossTheClocksGoingForward() {
        Instant winter = Instant.parse("2026-03-26T19:00:00Z");
        Instant summer = Instant.parse("2026-04-02T18:00:00Z");
        EventId first = scheduled(workshop(20, summer));
        EventId second = scheduled(new ScheduleEvent("Governance for new trustees", null, EventType.WEBINAR,
                List.of("legal-governance-trustees", "volunteering"), winter, winter.plusSeconds(3600),
                "https://meet.example.org/governance", null, null));

        List<NetworkEvent> upcoming = network.inTransaction(s -> s.eventProgramme().upcoming(10));
        assertEquals(List.of(second, first), upcoming.stream().map(NetworkEvent::id).toList());
        NetworkEvent webinar = upcoming.get(0);
        assertEquals(winter, webinar.startsAt());
        assertEquals(summer, upcoming.get(1).startsAt());
        assertTrue(webinar.hasUnlimitedPlaces());
        assertEquals(List.of("Legal, governance and trustee advice", "Volunteering"),
                webinar.topics().stream().map(t -> t.name()).toList());
    }

    @Test
    void refusesAnEventThatEndsBeforeItStartsOrHasAnUnknownTopic() {
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        InvalidInput backwards = assertThrows(InvalidInput.class, () -> scheduled(new ScheduleEvent("Backwards", null,
                EventType.WEBINAR, List.of(), start, start.minusSeconds(60), null, null, null)));
        assertTrue(backwards.problems().containsKey("endsAt"));
        InvalidInput topic = assertThrows(InvalidInput.class, () -> scheduled(new ScheduleEvent("Topics", null,
                EventType.WEBINAR, List.of("no-such-topic"), start, start.plusSeconds(60), null, null, null)));
        assertTrue(topic.problems().containsKey("topicCodes"));
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.eventProgramme().find(new EventId("nope"))));
    }


    @Test
    void publishesResourcesNewestFirstAndOnlyWithWebAddresses() {
        Resource handout = network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource(
                "Making the most of your library", "A training package for volunteers.", ResourceKind.TOOLKIT,
                List.of("volunteering"), "https://example.org/making-the-most")));
        Resource read = network.inTransaction(s -> s.resourceLibrary().find(handout.id()));
        assertEquals("Volunteering", read.topics().get(0).name());
        InvalidInput script = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.resourceLibrary()
                .publish(new PublishResource("Bad", null, ResourceKind.LINK, List.of(), "javascript:alert(1)"))));
        assertTrue(script.problems().containsKey("url"));
        List<Resource> newest = network.inTransaction(s -> s.resourceLibrary().newest(5));
        assertEquals(1, newest.size());
    }

    @Test
    void findsResourcesByWordsInTitleSummaryOrTopicAndByKindAndTopic() {
        network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Volunteer induction pack",
                "Forms and a checklist for new volunteers.", ResourceKind.TEMPLATE, List.of("volunteering"),
                "https://example.org/induction")));
        network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Asset transfer guide",
                "How the lease works.", ResourceKind.TOOLKIT, List.of("community-asset-transfer"),
                "https://example.org/cat")));
        assertEquals(List.of("Volunteer induction pack"), titles(new ResourceSearch("CHECKLIST", null, null, 20)));
        assertEquals(List.of("Asset transfer guide"), titles(new ResourceSearch("asset", null, null, 20)));
        assertEquals(List.of("Volunteer induction pack"), titles(new ResourceSearch("volunteering", null, null, 20)),
                "a topic's name matches too");
        assertEquals(List.of("Asset transfer guide"), titles(new ResourceSearch(null, ResourceKind.TOOLKIT, null, 20)));
        assertEquals(List.of("Asset transfer guide"), titles(new ResourceSearch(null, null, "community-asset-transfer", 20)));
        assertEquals(List.of(), titles(new ResourceSearch("guide", ResourceKind.TEMPLATE, null, 20)));
        assertEquals(2, titles(new ResourceSearch(" ", null, "", 20)).size());
        assertEquals(List.of(), titles(new ResourceSearch("100%", null, null, 20)), "wildcards typed are not wildcards");
    }

    private List<String> titles(ResourceSearch search) {
        return network.inTransaction(s -> s.resourceLibrary().search(search)).stream().map(Resource::title).toList();
    }
}
