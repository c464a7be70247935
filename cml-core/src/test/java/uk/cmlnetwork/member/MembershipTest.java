package uk.cmlnetwork.member;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.embedded.CmlNetwork;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Region;

/** Joining, confirming, signing in, resetting, consents, roles and erasure, over in-memory Derby. */
class MembershipTest {
    static final String PASSWORD = "kettle harbour violet";

    /** A clock the test can move on, to see links expire. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    MovingClock clock = new MovingClock();
    CmlNetwork network;
    static int databases;

    @BeforeEach
    void open() {
        network = CmlNetwork.open(url(), null, null, clock, FAST_HASHING);
    }

    /** Hashing at the production cost takes a fifth of a second a password; these tests hash many. */
    static final PasswordHashing FAST_HASHING = new PasswordHashing(1_000);

    private static String url() {
        return "jdbc:derby:memory:membership-" + (++databases) + ";create=true";
    }

    @Test
    void theEmbeddedNetworkHashesPasswordsAtTheProductionCostUnlessToldOtherwise() throws Exception {
        try (CmlNetwork production = CmlNetwork.open(url(), null, null, clock)) {
            String id = production.inTransaction(s -> s.membership().register(new RegisterMember(
                    new MemberDetails("Ann Trustee", "ann@example.org", MemberCategory.LIBRARY_TEAM, "Hillside Library",
                            Region.SOUTH_WEST, null, "Hillside Community Library"),
                    PASSWORD, false, false, new DirectoryListing(true, false, false, false)))).member().id().value();
            String stored = production.inTransaction(s -> s.membership().find(new MemberId(id)).passwordHash());
            assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHashing.ITERATIONS + "$"), stored);
            assertEquals(600_000, PasswordHashing.ITERATIONS);
        }
        String fast = join("bob@example.org", false, false).member().passwordHash();
        assertTrue(fast.startsWith("pbkdf2-sha256$1000$"), fast);
    }

    @AfterEach
    void close() {
        network.close();
    }

    Registration join(String email, boolean newsletter, boolean directory) {
        return network.inTransaction(s -> s.membership().register(new RegisterMember(
                new MemberDetails("Ann Trustee", email, MemberCategory.LIBRARY_TEAM, "Hillside Library",
                        Region.SOUTH_WEST, null, "Hillside Community Library"),
                PASSWORD, newsletter, directory, new DirectoryListing(true, false, false, false))));
    }

    @Test
    void aNewMemberConfirmsTheirEmailOnceWithAnUnexpiredLink() {
        Registration joined = join("ann@example.org", false, false);
        assertEquals(MemberStatus.UNVERIFIED, joined.member().status());
        assertFalse(joined.member().mayTakePart());

        Member confirmed = network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken()));
        assertEquals(MemberStatus.ACTIVE, confirmed.status());
        assertThrows(InvalidLink.class,
                () -> network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken())));
        assertThrows(InvalidLink.class, () -> network.inTransaction(s -> s.membership().confirmEmail("forged")));
    }

    @Test
    void anUnconfirmedAccountCannotBookByAnyPath() {
        Registration joined = join("ann@example.org", false, false);
        EventId event = network.inTransaction(s -> s.eventProgramme().schedule(new ScheduleEvent("Webinar", null,
                EventType.WEBINAR, List.of(), clock.now.plusSeconds(86400), clock.now.plusSeconds(90000), null, null, 10)).id());
        DomainException refused = assertThrows(DomainException.class, () -> network.inTransaction(s ->
                s.eventBooking().book(new BookPlace(event, "Ann", "ANN@example.org"))));
        assertTrue(refused.getMessage().contains("Confirm your email address"), refused.getMessage());
        network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken()));
        network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann", "ann@example.org")));

        EventId membersOnly = network.inTransaction(s -> s.eventProgramme().schedule(new ScheduleEvent("Meetup", null,
                EventType.WEBINAR, List.of(), clock.now.plusSeconds(86400), clock.now.plusSeconds(90000), null, null, 10,
                true, null, null)).id());
        assertTrue(network.inTransaction(s -> s.eventBooking().book(new BookPlace(membersOnly, "Ann", "ann@example.org")))
                .booking().isConfirmed(), "a confirmed member books a members-only event");
    }

    @Test
    void aConfirmationLinkExpiresAfterTwoDays() {
        Registration joined = join("ann@example.org", false, false);
        clock.now = clock.now.plus(Duration.ofHours(49));
        assertThrows(InvalidLink.class,
                () -> network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken())));
    }

    @Test
    void recordsEachConsentWithItsDateAndWording() {
        Member member = join("ann@example.org", true, false).member();
        assertTrue(member.newsletterConsent().isGiven());
        assertEquals(ConsentWording.NEWSLETTER, member.newsletterConsent().wording());
        assertEquals(clock.now, member.newsletterConsent().recordedAt());
        assertFalse(member.directoryConsent().isGiven());
        assertFalse(member.listing().showsOrganisation(), "no directory consent, nothing listed");
    }

    @Test
    void checksCredentialsAndRefusesSuspendedAccounts() {
        MemberId id = join("ann@example.org", false, false).member().id();
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("ANN@example.org", PASSWORD)).isPresent());
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("ann@example.org", "wrong")).isEmpty());
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("nobody@example.org", PASSWORD)).isEmpty());
        network.inTransaction(s -> s.memberAdministration().setSuspended(id, true));
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("ann@example.org", PASSWORD)).isEmpty());
    }

    @Test
    void resetsAPasswordOnceAndOnlyForKnownAccounts() {
        join("ann@example.org", false, false);
        assertEquals(Optional.empty(), network.inTransaction(s -> s.membership().requestPasswordReset("nobody@example.org")));
        String first = network.inTransaction(s -> s.membership().requestPasswordReset("ann@example.org")).orElseThrow();
        String second = network.inTransaction(s -> s.membership().requestPasswordReset("ann@example.org")).orElseThrow();

        InvalidInput weak = assertThrows(InvalidInput.class,
                () -> network.inTransaction(s -> s.membership().resetPassword(second, "password1234")));
        assertTrue(weak.problems().containsKey("password"));
        network.inTransaction(s -> s.membership().resetPassword(second, "lantern meadow copper"));

        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("ann@example.org", PASSWORD)).isEmpty());
        assertTrue(network.inTransaction(s -> s.membership()
                .checkCredentials("ann@example.org", "lantern meadow copper")).isPresent());
        assertThrows(InvalidLink.class, () -> network.inTransaction(s -> s.membership().resetPassword(second, "another good one")));
        assertThrows(InvalidLink.class, () -> network.inTransaction(s -> s.membership().resetPassword(first, "another good one")));
    }

    @Test
    void aResetLinkExpiresAfterAnHour() {
        join("ann@example.org", false, false);
        String link = network.inTransaction(s -> s.membership().requestPasswordReset("ann@example.org")).orElseThrow();
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThrows(InvalidLink.class, () -> network.inTransaction(s -> s.membership().resetPassword(link, "lantern meadow copper")));
    }

    @Test
    void theDirectoryListsOnlyConfirmedMembersWhoChoseToBeListed() {
        Registration listed = join("listed@example.org", false, true);
        Registration unconfirmed = join("private@example.org", false, false);
        DomainException refused = assertThrows(DomainException.class, () -> network.inTransaction(s -> s.membership()
                .directory(s.membership().find(unconfirmed.member().id()))));
        assertTrue(refused.getMessage().contains("Confirm your email address"), refused.getMessage());
        network.inTransaction(s -> s.membership().confirmEmail(listed.confirmationToken()));
        List<Member> directory = network.inTransaction(s -> s.membership().directory(s.membership().find(listed.member().id())));
        assertEquals(List.of("listed@example.org"), directory.stream().map(Member::email).toList());
        assertTrue(directory.get(0).listing().showsOrganisation());
    }

    @Test
    void erasingAnAccountKeepsBookingsOnlyAsAnonymousCounts() {
        Registration joined = join("ann@example.org", false, true);
        network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken()));
        EventId event = network.inTransaction(s -> s.eventProgramme().schedule(new ScheduleEvent("Webinar", null,
                EventType.WEBINAR, List.of(), clock.now.plusSeconds(86400), clock.now.plusSeconds(90000), null, null, 10)).id());
        BookingId booking = network.inTransaction(s ->
                s.eventBooking().book(new BookPlace(event, "Ann Trustee", "ann@example.org")).booking().id());

        network.inTransaction(s -> {
            s.accountErasure().erase(joined.member().id());
            return null;
        });

        Member erased = network.inTransaction(s -> s.membership().find(joined.member().id()));
        assertEquals(MemberStatus.DELETED, erased.status());
        assertEquals("Deleted member", erased.name());
        assertFalse(erased.email().contains("ann"));
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("ann@example.org", PASSWORD)).isEmpty());
        int booked = network.inTransaction(s -> s.eventProgramme().find(event).bookedCount());
        assertEquals(1, booked);
        assertTrue(network.inTransaction(s -> s.eventBooking().bookingsOf("ann@example.org")).isEmpty());
        assertThrows(DomainException.class,
                () -> network.inTransaction(s -> s.memberAdministration().setSuspended(erased.id(), false)));
    }

    @Test
    void aNewAddressIsUsedOnlyOnceConfirmedAndTheBookingsFollowIt() {
        Registration joined = join("first@example.org", false, false);
        network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken()));
        MemberId id = joined.member().id();
        join("taken@example.org", false, false);
        EventId event = network.inTransaction(s -> s.eventProgramme().schedule(new ScheduleEvent("Webinar", null,
                EventType.WEBINAR, List.of(), clock.now.plusSeconds(86400), clock.now.plusSeconds(90000), null, null, 10)).id());
        network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, "Ann Trustee", "first@example.org")));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s ->
                s.membership().requestEmailChange(id, new ChangeEmail("nope", "wrong"))));
        assertEquals(List.of("newEmail", "password"), List.copyOf(refused.problems().keySet()), "every problem at once");
        assertTrue(network.inTransaction(s -> s.membership().requestEmailChange(id, new ChangeEmail("taken@example.org", PASSWORD)))
                .isEmpty(), "another member's address gets no link");

        String token = network.inTransaction(s -> s.membership().requestEmailChange(id, new ChangeEmail(" Second@Example.org ", PASSWORD)))
                .orElseThrow();
        Member waiting = network.inTransaction(s -> s.membership().find(id));
        assertEquals("first@example.org", waiting.email(), "nothing changes until the link is opened");
        assertEquals("second@example.org", waiting.pendingEmail());

        EmailChanged changed = network.inTransaction(s -> {
            EmailChanged done = s.membership().confirmEmailChange(token);
            s.eventBooking().moveBookings(done.oldEmail(), done.member().email());
            return done;
        });
        assertEquals("first@example.org", changed.oldEmail());
        assertEquals("second@example.org", network.inTransaction(s -> s.membership().find(id)).email());
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("second@example.org", PASSWORD)).isPresent());
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("first@example.org", PASSWORD)).isEmpty());
        assertEquals(1, network.inTransaction(s -> s.eventBooking().bookingsOf("second@example.org")).size(), "the booking followed");
        assertThrows(InvalidLink.class, () -> network.inTransaction(s -> s.membership().confirmEmailChange(token)), "once only");
    }

    @Test
    void aSuspensionNeedsAReasonKeptUntilTheMemberIsReinstated() {
        Registration joined = join("sus@example.org", false, false);
        network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken()));
        MemberId id = joined.member().id();
        InvalidInput noReason = assertThrows(InvalidInput.class,
                () -> network.inTransaction(s -> s.memberAdministration().suspend(id, "  ", clock.now)));
        assertTrue(noReason.problems().get("reason").startsWith("Enter why"), noReason.problems().toString());
        assertEquals(MemberStatus.ACTIVE, network.inTransaction(s -> s.membership().find(id)).status());

        network.inTransaction(s -> s.memberAdministration().suspend(id, " Spam in every question ", clock.now));
        Member suspended = network.inTransaction(s -> s.membership().find(id));
        assertEquals(MemberStatus.SUSPENDED, suspended.status());
        assertEquals("Spam in every question", suspended.suspensionReason());
        assertEquals(clock.now, suspended.suspendedAt());
        assertTrue(network.inTransaction(s -> s.membership().checkCredentials("sus@example.org", PASSWORD)).isEmpty());

        network.inTransaction(s -> s.memberAdministration().setSuspended(id, false));
        Member back = network.inTransaction(s -> s.membership().find(id));
        assertEquals(MemberStatus.ACTIVE, back.status());
        assertNull(back.suspensionReason());
    }

    @Test
    void aCalendarAddressWorksUntilANewOneIsMadeAndNotForAnErasedMember() {
        Registration joined = join("cal@example.org", false, false);
        network.inTransaction(s -> s.membership().confirmEmail(joined.confirmationToken()));
        MemberId id = joined.member().id();
        assertNull(network.inTransaction(s -> s.membership().find(id)).calendarKey(), "none until asked for");
        String first = network.inTransaction(s -> s.membership().renewCalendarKey(id));
        assertEquals(id, network.inTransaction(s -> s.membership().byCalendarKey(first)).orElseThrow().id());
        String second = network.inTransaction(s -> s.membership().renewCalendarKey(id));
        assertNotEquals(first, second);
        assertTrue(network.inTransaction(s -> s.membership().byCalendarKey(first)).isEmpty(), "the old address stops working");
        assertTrue(network.inTransaction(s -> s.membership().byCalendarKey(" ")).isEmpty());
        network.inTransaction(s -> {
            s.accountErasure().erase(id);
            return null;
        });
        assertTrue(network.inTransaction(s -> s.membership().byCalendarKey(second)).isEmpty());
    }

    @Test
    void onlyACoordinatorOrTheLibrarysEditorChoosesItsEditors() {
        LibraryId library = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Hillside Library",
                null, null, null, null, ManagementType.CRL, null, null, null)).id());
        Member ann = join("ann@example.org", false, false).member();
        Member bob = join("bob@example.org", false, false).member();
        assertThrows(DomainException.class, () -> network.inTransaction(s ->
                s.memberAdministration().setLibraryEditor(ann, bob.id(), library, true)));

        Member coordinator = network.inTransaction(s ->
                s.memberAdministration().firstCoordinator("coordinator@example.org", "Cora Ordinator", clock.now)).orElseThrow();
        assertFalse(coordinator.hasPassword(), "no default password: the coordinator sets one from an emailed link");
        Member annAsEditor = network.inTransaction(s ->
                s.memberAdministration().setLibraryEditor(coordinator, ann.id(), library, true));
        assertTrue(annAsEditor.roles().contains(Role.LIBRARY_EDITOR));
        Member bobAsEditor = network.inTransaction(s ->
                s.memberAdministration().setLibraryEditor(annAsEditor, bob.id(), library, true));
        assertTrue(bobAsEditor.isEditorOf(library));
        assertEquals(Optional.empty(), network.inTransaction(s ->
                s.memberAdministration().firstCoordinator("second@example.org", "Second", clock.now)));
    }
}
