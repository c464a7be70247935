package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.event.AddSession;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.BookingReceipt;
import uk.cmlnetwork.event.BookingStatus;
import uk.cmlnetwork.event.ChangedEvent;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventInterest;
import uk.cmlnetwork.event.EventSearch;
import uk.cmlnetwork.event.EventStatus;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.GuestRequestSent;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.RegisterInterest;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Region;

/**
 * An event's life (draft, announced, published, held), guest bookings confirmed by email, meetups
 * proposed by members, conference agendas and the materials of held events, over a real database.
 */
abstract class EventLifecycleContract extends NetworkFixture {
    static final Instant START = Instant.parse("2026-04-10T09:00:00Z");

    @Test
    void aDraftIsHiddenAnAnnouncedEventTakesInterestAndPublishingTellsThoseInterestedOnce() {
        EventId id = network.inTransaction(s -> s.eventProgramme().create(new ScheduleEvent("National conference 2026",
                null, EventType.CONFERENCE, List.of(), START, START.plusSeconds(28_800), null, null, 200),
                EventStatus.DRAFT).id());
        assertTrue(upcoming().isEmpty(), "a draft is not public");

        network.inTransaction(s -> s.eventProgramme().announce(id));
        assertEquals(List.of(id), upcoming());
        assertTrue(assertThrows(DomainException.class, () -> book(id, "ann")).getMessage().contains("register your interest"));
        interest(id, "Ann", "ann@example.org");
        EventInterest again = interest(id, "Ann", " ANN@example.org ");
        interest(id, "Bob", "bob@example.org");
        assertEquals("ann@example.org", again.email());
        assertEquals(2L, (long) network.inTransaction(s -> s.eventProgramme().interestCount(id)));

        InvalidInput noVenue = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.eventProgramme().publish(id)));
        assertTrue(noVenue.problems().containsKey("venue"), "a face-to-face event opens only once its venue is known");
        NetworkEvent before = network.inTransaction(s -> s.eventProgramme().find(id));
        ScheduleEvent confirmed = withVenue(before.asSchedule(), "The Hive, Worcester WR1 3PD");
        ChangedEvent changed = network.inTransaction(s -> s.eventProgramme().change(id, confirmed));
        assertEquals(List.of("Where: now The Hive, Worcester WR1 3PD"), changed.forAttendees());
        ChangedEvent later = network.inTransaction(s -> s.eventProgramme().change(id, new ScheduleEvent(confirmed.title(),
                "A new description.", confirmed.type(), confirmed.topicCodes(), confirmed.startsAt().plusSeconds(3600),
                confirmed.endsAt().plusSeconds(3600), null, confirmed.venue(), confirmed.capacity())));
        assertEquals(1, later.forAttendees().size(), later.forAttendees().toString());
        assertTrue(later.forAttendees().get(0).startsWith("When: now ") && later.forAttendees().get(0).contains("(was "),
                later.forAttendees().toString());
        network.inTransaction(s -> s.eventProgramme().change(id, confirmed));
        List<EventInterest> told = network.inTransaction(s -> s.eventProgramme().publish(id));
        assertEquals(List.of("ann@example.org", "bob@example.org"), told.stream().map(EventInterest::email).sorted().toList());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventProgramme().publish(id)));
        assertThrows(DomainException.class, () -> interest(id, "Cat", "cat@example.org"));

        NetworkEvent published = network.inTransaction(s -> s.eventProgramme().find(id));
        assertEquals(EventStatus.PUBLISHED, published.status());
        assertTrue(published.calendarSequence() > before.calendarSequence());
        assertEquals(200, published.capacity());
        int sequence = published.calendarSequence();
        book(id, "ann");
        assertEquals(sequence, network.inTransaction(s -> s.eventProgramme().find(id)).calendarSequence(),
                "a booking is not a change to anyone's calendar");
    }

    @Test
    void aGuestIsBookedOnlyAfterFollowingTheEmailedLinkAndOnlyOnce() {
        EventId event = scheduled(workshop(1, START));
        GuestRequestSent sent = network.inTransaction(s -> s.eventBooking()
                .requestAsGuest(new BookPlace(event, "Guest Person", "Guest@Example.org")));
        assertEquals(0, network.inTransaction(s -> s.eventProgramme().find(event)).bookedCount(), "no place taken yet");
        assertEquals(java.util.Optional.of(event), network.inTransaction(s -> s.eventBooking().eventOfGuestLink(sent.token()))
                .map(NetworkEvent::id), "the link's page names the event");
        assertTrue(network.inTransaction(s -> s.eventBooking().eventOfGuestLink("forged")).isEmpty());

        BookingReceipt booked = network.inTransaction(s -> s.eventBooking().confirmGuest(sent.token()));
        assertEquals(BookingStatus.CONFIRMED, booked.booking().status());
        assertTrue(network.inTransaction(s -> s.eventBooking().eventOfGuestLink(sent.token())).isEmpty(), "a used link names nothing");
        assertEquals(java.util.Optional.of(event), network.inTransaction(s -> s.eventBooking()
                .eventOfCancelLink(booked.booking().id(), booked.cancelCode())).map(NetworkEvent::id));
        assertTrue(network.inTransaction(s -> s.eventBooking().eventOfCancelLink(booked.booking().id(), "guessed")).isEmpty());
        assertEquals("guest@example.org", booked.booking().email());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventBooking().confirmGuest(sent.token())));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventBooking().confirmGuest("forged")));

        GuestRequestSent late = network.inTransaction(s -> s.eventBooking()
                .requestAsGuest(new BookPlace(event, "Late Person", "late@example.org")));
        Clock dayAfter = Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC);
        try (CmlNetwork later = CmlNetwork.open(jdbcUrl(), user(), password(), dayAfter)) {
            DomainException expired = assertThrows(DomainException.class,
                    () -> later.inTransaction(s -> s.eventBooking().confirmGuest(late.token())));
            assertTrue(expired.getMessage().contains("expired"));
        }
        BookingReceipt waiting = network.inTransaction(s -> s.eventBooking().confirmGuest(late.token()));
        assertEquals(BookingStatus.WAITLISTED, waiting.booking().status(), "the same capacity rule as any booking");
    }

    @Test
    void aMemberProposesAMeetupACoordinatorApprovesItAndTheHostLibrarysEditorsManageIt() throws Exception {
        LibraryId host = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Wrington Community Library",
                "Station Road, Wrington", "BS40 5LA", "North Somerset", Region.SOUTH_WEST, ManagementType.CRL,
                LibraryStage.SUSTAINING, null, null)).id());
        Member proposer = activeMember("Pat Proposer", "pat@example.org");
        Member editor = activeMember("Eddie Editor", "eddie@example.org");
        Member coordinator = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(coordinator.id(), true));
        Member coordinatorNow = network.inTransaction(s -> s.membership().find(coordinator.id()));
        network.inTransaction(s -> s.memberAdministration().setLibraryEditor(coordinatorNow, editor.id(), host, true));
        Member editorNow = network.inTransaction(s -> s.membership().find(editor.id()));

        InvalidInput noHost = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.eventProgramme()
                .proposeMeetup(proposer, meetup(null))));
        assertTrue(noHost.problems().containsKey("hostLibrary"));
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.eventProgramme().proposeMeetup(proposer,
                new ScheduleEvent("Webinar", null, EventType.WEBINAR, List.of(), START, START.plusSeconds(3600), null, null, null))));

        EventId id = network.inTransaction(s -> s.eventProgramme().proposeMeetup(proposer, meetup(host)).id());
        NetworkEvent proposed = network.inTransaction(s -> s.eventProgramme().find(id));
        assertEquals(EventStatus.PROPOSED, proposed.status());
        assertTrue(upcoming().isEmpty(), "a proposal is not public");
        assertFalse(mayManage(editorNow, proposed));
        assertThrows(DomainException.class, () -> book(id, "ann"));

        network.inTransaction(s -> s.eventProgramme().approve(id));
        NetworkEvent approved = network.inTransaction(s -> s.eventProgramme().find(id));
        assertEquals(List.of(id), upcoming());
        assertTrue(mayManage(editorNow, approved));
        assertTrue(mayManage(coordinatorNow, approved));
        assertFalse(mayManage(proposer, approved));
        assertEquals(List.of(id), network.inTransaction(s -> s.eventProgramme()
                .search(new EventSearch(EventType.REGIONAL_MEETUP, null, Region.SOUTH_WEST, false), 10))
                .stream().map(NetworkEvent::id).toList());
        assertTrue(network.inTransaction(s -> s.eventProgramme()
                .search(new EventSearch(null, null, Region.LONDON, false), 10)).isEmpty());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventProgramme().decline(id)));
    }

    @Test
    void theCoordinatorOfTheMeetupsRegionalGroupDecidesItAndNoOtherGroupsCoordinator() {
        LibraryId host = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Wrington Community Library",
                "Station Road, Wrington", "BS40 5LA", "North Somerset", Region.SOUTH_WEST, ManagementType.CRL,
                LibraryStage.SUSTAINING, null, null)).id());
        Member proposer = activeMember("Pat Proposer", "pat@example.org");
        Member two = activeMember("Gwen Group", "gwen@example.org");
        Member one = activeMember("Olly Other", "olly@example.org");
        network.inTransaction(s -> s.memberAdministration().setGroupCoordinator(two.id(), "GROUP_TWO"));
        network.inTransaction(s -> s.memberAdministration().setGroupCoordinator(one.id(), "GROUP_ONE"));
        Member gwen = network.inTransaction(s -> s.membership().find(two.id()));
        Member olly = network.inTransaction(s -> s.membership().find(one.id()));
        EventId id = network.inTransaction(s -> s.eventProgramme().proposeMeetup(proposer, meetup(host)).id());
        NetworkEvent proposed = network.inTransaction(s -> s.eventProgramme().find(id));

        assertTrue(mayDecide(gwen, proposed), "the South West is in Group Two");
        assertFalse(mayDecide(olly, proposed));
        assertFalse(mayDecide(proposer, proposed));
        assertTrue(mayManage(gwen, proposed) && !mayManage(olly, proposed));
        assertEquals(List.of(id), network.inTransaction(s -> s.eventProgramme().proposalsInGroup("GROUP_TWO"))
                .stream().map(NetworkEvent::id).toList());
        assertEquals(List.of(), network.inTransaction(s -> s.eventProgramme().proposalsInGroup("GROUP_ONE")));

        // What waits for whom, who might be told of it, and the proposer's own list.
        assertEquals(List.of(id), network.inTransaction(s -> s.eventProgramme().proposalsFor(gwen)).stream().map(NetworkEvent::id).toList());
        assertEquals(List.of(), network.inTransaction(s -> s.eventProgramme().proposalsFor(olly)));
        assertEquals(List.of(), network.inTransaction(s -> s.eventProgramme().proposalsFor(proposer)));
        List<String> told = network.inTransaction(s -> s.membership().possibleDeciders(null).stream()
                .filter(m -> s.eventProgramme().mayDecide(m, proposed)).map(m -> m.name()).toList());
        assertTrue(told.contains("Gwen Group"), told.toString());
        assertFalse(told.contains("Olly Other"), told.toString());
        assertEquals(List.of(id), network.inTransaction(s -> s.eventProgramme().proposedBy(proposer)).stream().map(NetworkEvent::id).toList());
        assertEquals(proposer.id().value(), proposed.proposedBy());

        network.inTransaction(s -> s.groupSettings().change(java.util.Map.of(), java.util.Map.of(Region.SOUTH_WEST, "GROUP_ONE")));
        assertTrue(mayDecide(olly, proposed), "the region moved to Group One");
        assertFalse(mayDecide(gwen, proposed));
        NetworkEvent webinar = network.inTransaction(s -> s.eventProgramme().find(scheduled(new ScheduleEvent("Webinar", null,
                EventType.WEBINAR, List.of(), START, START.plusSeconds(3600), null, null, null, false, null, null,
                Region.SOUTH_WEST, null))));
        assertFalse(mayManage(olly, webinar), "a group coordinator looks after meetups, not the network's other events");
    }

    @Test
    void aCancelledEventLeavesTheUpcomingListsButStaysInCalendarFeeds() {
        EventId kept = scheduled(workshop(10, START));
        EventId dropped = scheduled(workshop(10, START.plusSeconds(86_400)));
        network.inTransaction(s -> s.eventBooking().cancelEvent(dropped));
        assertEquals(List.of(kept), upcoming());
        assertEquals(List.of(kept, dropped), network.inTransaction(s -> s.eventProgramme().upcomingForCalendars(10))
                .stream().map(NetworkEvent::id).toList());
    }

    @Test
    void aConferenceAgendaKeepsItsSessionsWithinTheDayInTimeOrder() {
        EventId conference = scheduled(new ScheduleEvent("National conference", null, EventType.CONFERENCE, List.of(),
                START, START.plusSeconds(28_800), null, "Birmingham", 200));
        network.inTransaction(s -> s.conferenceAgenda().add(conference, new AddSession(START.plusSeconds(3600),
                START.plusSeconds(7200), "Running a library as a charity", "Sam Speaker, Wrington", "Room 2")));
        network.inTransaction(s -> s.conferenceAgenda().add(conference, new AddSession(START,
                START.plusSeconds(3600), "Welcome", null, "Main hall")));
        assertEquals(List.of("Welcome", "Running a library as a charity"),
                network.inTransaction(s -> s.conferenceAgenda().of(conference)).stream().map(AgendaSession::title).toList());
        InvalidInput outside = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.conferenceAgenda()
                .add(conference, new AddSession(START.minusSeconds(3600), START, "Too early", null, null))));
        assertTrue(outside.problems().containsKey("startsAt"));
        EventId workshop = scheduled(workshop(10, START));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.conferenceAgenda()
                .add(workshop, new AddSession(START, START.plusSeconds(600), "Talk", null, null))));
    }

    @Test
    void aHeldEventGetsItsRecordingWhichIsAlsoAResource() {
        Member c = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(c.id(), true));
        Member coordinator = network.inTransaction(s -> s.membership().find(c.id()));
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        EventId past = scheduled(new ScheduleEvent("Volunteer recruitment webinar", null, EventType.WEBINAR,
                List.of("volunteering"), lastWeek, lastWeek.plusSeconds(3600), "https://meet.example.org/v", null, null));
        PublishResource recording = new PublishResource("Recording: volunteer recruitment", null, ResourceKind.RECORDING,
                List.of(), "https://video.example.org/v1");
        assertTrue(assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventMaterials()
                .attach(past, recording, coordinator))).getMessage().contains("mark it as held"));
        EventId future = scheduled(workshop(10, START));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventProgramme().markHeld(future)));

        try (CmlNetwork before = CmlNetwork.open(jdbcUrl(), user(), password(),
                Clock.fixed(lastWeek.minus(Duration.ofDays(1)), ZoneOffset.UTC))) {
            before.inTransaction(s -> s.eventBooking().book(new BookPlace(past, "Bea Booked", "bea@example.org")));
        }
        assertEquals(List.of("bea@example.org"), network.inTransaction(s -> s.eventBooking().withAPlace(past)).stream()
                .map(uk.cmlnetwork.event.Booking::email).toList(), "who hears of the recording");
        network.inTransaction(s -> s.eventProgramme().markHeld(past));
        network.inTransaction(s -> s.eventMaterials().attach(past, recording, coordinator));
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.eventMaterials().attach(past,
                new PublishResource("Slides", null, ResourceKind.HANDOUT, List.of(), "javascript:alert(1)"), coordinator)));
        InvalidInput plain = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.eventMaterials().attach(past,
                new PublishResource("Slides", null, ResourceKind.HANDOUT, List.of(), "http://video.example.org/s"), coordinator)));
        assertTrue(plain.problems().get("url").contains("https://"), plain.problems().toString());
        List<Resource> materials = network.inTransaction(s -> s.eventMaterials().of(past));
        assertEquals(1, materials.size());
        assertEquals("volunteering", materials.get(0).topics().get(0).code());
        assertEquals(past, network.inTransaction(s -> s.resourceLibrary().newest(5)).get(0).eventId());
        assertEquals(List.of(past), network.inTransaction(s -> s.eventProgramme()
                .search(new EventSearch(null, "volunteering", null, true), 10)).stream().map(NetworkEvent::id).toList());
    }

    /** A library's editor adds their meetup's handout: it shows on the meetup's page only, until a coordinator lists it. */
    @Test
    void materialsAddedByAnEditorStayOnTheEventUntilACoordinatorListsThem() {
        Member c = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(c.id(), true));
        Member coordinator = network.inTransaction(s -> s.membership().find(c.id()));
        Member editor = activeMember("Eddie Editor", "eddie@example.org");
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        EventId meetup = scheduled(new ScheduleEvent("Volunteers' meetup", null, EventType.WEBINAR,
                List.of("volunteering"), lastWeek, lastWeek.plusSeconds(3600), "https://meet.example.org/m", null, null));
        network.inTransaction(s -> s.eventProgramme().markHeld(meetup));
        Resource handout = network.inTransaction(s -> s.eventMaterials().attach(meetup,
                new PublishResource("Our rota template", null, ResourceKind.HANDOUT, List.of(), "https://files.example.org/rota"),
                editor));

        assertEquals(1, network.inTransaction(s -> s.eventMaterials().of(meetup)).size(), "on the meetup's page");
        assertTrue(network.inTransaction(s -> s.resourceLibrary().newest(10)).isEmpty(), "not on the resources page");
        assertTrue(network.inTransaction(s -> s.resourceLibrary().publishedSince(lastWeek)).isEmpty(), "nor in the newsletter");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.eventMaterials().list(handout.id(), editor)));

        network.inTransaction(s -> s.eventMaterials().list(handout.id(), coordinator));
        assertEquals(List.of(handout.id()), network.inTransaction(s -> s.resourceLibrary().newest(10)).stream()
                .map(Resource::id).toList());
    }

    @Test
    void coordinatorsAddTopicsOnceEach() throws Exception {
        network.inTransaction(s -> s.topicCatalogue().add("  Digital   inclusion "));
        assertTrue(network.inTransaction(s -> s.topics().all()).stream()
                .anyMatch(t -> t.code().equals("digital-inclusion") && t.name().equals("Digital inclusion")));
        InvalidInput twice = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.topicCatalogue().add("DIGITAL inclusion")));
        assertTrue(twice.getMessage().contains("already a topic"));
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.topicCatalogue().add(" ")));
        sql("delete from topic where code = 'digital-inclusion'");
    }

    private boolean mayDecide(Member member, NetworkEvent event) {
        Boolean may = network.inTransaction(s -> s.eventProgramme().mayDecide(member, event));
        return may;
    }

    private boolean mayManage(Member member, NetworkEvent event) {
        Boolean may = network.inTransaction(s -> s.eventProgramme().mayManage(member, event));
        return may;
    }

    private List<EventId> upcoming() {
        return network.inTransaction(s -> s.eventProgramme().upcoming(10)).stream().map(NetworkEvent::id).toList();
    }

    private EventInterest interest(EventId event, String name, String email) {
        return network.inTransaction(s -> s.eventProgramme().registerInterest(new RegisterInterest(event, name, email)));
    }


    private static ScheduleEvent meetup(LibraryId host) {
        return new ScheduleEvent("South West meetup", "Tea and peer support.", EventType.REGIONAL_MEETUP, List.of(),
                START, START.plusSeconds(7200), null, "Wrington Community Library", 25, false, null, null,
                Region.SOUTH_WEST, host);
    }

    private static ScheduleEvent withVenue(ScheduleEvent d, String venue) {
        return new ScheduleEvent(d.title(), d.description(), d.type(), d.topicCodes(), d.startsAt(), d.endsAt(),
                d.onlineLink(), venue, d.capacity(), d.membersOnly(), d.bookingOpensAt(), d.bookingClosesAt(),
                d.region(), d.hostLibrary());
    }
}
