package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.member.DirectoryListing;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.PasswordHashing;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;

/** A network over a real database for the contract tests: opened fresh and emptied before each test. */
abstract class NetworkFixture {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    /** Passwords hashed cheaply: the production cost (PasswordHashing.ITERATIONS) is tested in MembershipTest. */
    static final PasswordHashing FAST_HASHING = new PasswordHashing(1_000);
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String PASSWORD = "three random library words";

    CmlNetwork network;

    abstract TestDatabase database();

    final String jdbcUrl() {
        return database().url();
    }

    final String user() {
        return database().user();
    }

    final String password() {
        return database().password();
    }

    @BeforeEach
    void open() throws SQLException {
        network = CmlNetwork.open(jdbcUrl(), user(), password(), CLOCK, FAST_HASHING);
        sql("delete from attempt_count", "delete from booking_reminder", "delete from reply_address", "delete from site_key", "delete from advice_follow", "delete from member_experience_topic", "delete from member_experience", "delete from library_experience_topic", "delete from library_experience", "delete from email_preference", "delete from news_item", "delete from digest_sent", "delete from advice_report", "delete from answer_helped", "delete from answer", "delete from question_topic", "delete from question", "delete from member_token", "delete from newsletter_item", "delete from newsletter_issue", "delete from newsletter_subscriber", "delete from post_topic", "delete from post", "delete from library_suggestion", "delete from outgoing_email", "delete from library_outcome", "delete from library_dataset_record", "delete from library_opening_time", "delete from library_editor", "delete from booking",
                "delete from event_interest", "delete from agenda_session", "delete from guest_booking_request", "delete from event_topic",
                "delete from resource_topic", "delete from resource_outcome", "delete from resource_audience", "delete from resource", "delete from network_event", "delete from library", "delete from member");
        // The regional groups as the migrations make them (a test may rename a group or move a region).
        sql("delete from regional_group_region",
                "delete from regional_group where code not in ('GROUP_ONE', 'GROUP_TWO', 'GROUP_THREE')",
                "update regional_group set name = 'Group One: London and South East' where code = 'GROUP_ONE'",
                "insert into regional_group_region (region, group_code) values ('LONDON', 'GROUP_ONE')",
                "insert into regional_group_region (region, group_code) values ('SOUTH_EAST', 'GROUP_ONE')",
                "insert into regional_group_region (region, group_code) values ('EAST_OF_ENGLAND', 'GROUP_ONE')",
                "update regional_group set name = 'Group Two: South West, West Midlands, East Midlands and Wales' where code = 'GROUP_TWO'",
                "insert into regional_group_region (region, group_code) values ('SOUTH_WEST', 'GROUP_TWO')",
                "insert into regional_group_region (region, group_code) values ('WEST_MIDLANDS', 'GROUP_TWO')",
                "insert into regional_group_region (region, group_code) values ('EAST_MIDLANDS', 'GROUP_TWO')",
                "insert into regional_group_region (region, group_code) values ('WALES', 'GROUP_TWO')",
                "update regional_group set name = 'Group Three: North and North Midlands' where code = 'GROUP_THREE'",
                "insert into regional_group_region (region, group_code) values ('NORTH_EAST', 'GROUP_THREE')",
                "insert into regional_group_region (region, group_code) values ('NORTH_WEST', 'GROUP_THREE')",
                "insert into regional_group_region (region, group_code) values ('YORKSHIRE_AND_THE_HUMBER', 'GROUP_THREE')");
    }

    @AfterEach
    void close() {
        network.close();
    }

    void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    Member activeMember(String name, String email) {
        return activeMember(name, email, null, false);
    }

    /** A member who confirmed their email; of this library (or none), listed in the member directory or not. */
    Member activeMember(String name, String email, LibraryId library, boolean listed) {
        String token = network.inTransaction(s -> s.membership().register(new RegisterMember(
                new MemberDetails(name, email, MemberCategory.LIBRARY_TEAM, null, Region.SOUTH_WEST, library, null),
                PASSWORD, false, listed, listed ? new DirectoryListing(true, true, false, true) : null)).confirmationToken());
        return network.inTransaction(s -> s.membership().confirmEmail(token));
    }

    static ScheduleEvent workshop(int capacity, Instant start) {
        return new ScheduleEvent("Community Asset Transfer: the first steps", "How to take on your building.",
                EventType.WORKSHOP, List.of("community-asset-transfer"), start, start.plusSeconds(7200),
                null, "Wells Library, Union Street, Wells BA5 2PU", capacity);
    }

    EventId scheduled(ScheduleEvent details) {
        return network.inTransaction(s -> s.eventProgramme().schedule(details).id());
    }

    Booking book(EventId event, String name) {
        return network.inTransaction(s -> s.eventBooking().book(new BookPlace(event, name, name + "@example.org")).booking());
    }

    long countRows(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user(), password());
             Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
