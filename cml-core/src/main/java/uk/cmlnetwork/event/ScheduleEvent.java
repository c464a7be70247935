package uk.cmlnetwork.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.Region;

/**
 * An event a coordinator puts in the programme. A null capacity means unlimited places; null
 * booking times mean booking is open now and closes when the event starts. A regional meetup names
 * its region and host library.
 */
public record ScheduleEvent(
        @NotBlank(message = "Enter a title for the event")
        @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @Size(max = 4000, message = "The description must be 4000 characters or fewer") String description,
        @NotNull(message = "Choose the type of event") EventType type,
        List<String> topicCodes,
        @NotNull(message = "Enter when the event starts") Instant startsAt,
        @NotNull(message = "Enter when the event ends") Instant endsAt,
        @Size(max = 400, message = "The joining link must be 400 characters or fewer")
        @Pattern(regexp = "^(https://\\S+)?$", message = "Enter the joining link as a full address starting with https://")
        String onlineLink,
        @Size(max = 400, message = "The venue must be 400 characters or fewer") String venue,
        @Min(value = 1, message = "The number of places must be 1 or more") Integer capacity,
        boolean membersOnly,
        Instant bookingOpensAt,
        Instant bookingClosesAt,
        Region region,
        LibraryId hostLibrary) {

    /** Open to anyone, booking open from now until the event starts. */
    public ScheduleEvent(String title, String description, EventType type, List<String> topicCodes, Instant startsAt,
                         Instant endsAt, String onlineLink, String venue, Integer capacity) {
        this(title, description, type, topicCodes, startsAt, endsAt, onlineLink, venue, capacity, false, null, null);
    }

    /** A national event (no region, no host library). */
    public ScheduleEvent(String title, String description, EventType type, List<String> topicCodes, Instant startsAt,
                         Instant endsAt, String onlineLink, String venue, Integer capacity, boolean membersOnly,
                         Instant bookingOpensAt, Instant bookingClosesAt) {
        this(title, description, type, topicCodes, startsAt, endsAt, onlineLink, venue, capacity, membersOnly,
                bookingOpensAt, bookingClosesAt, null, null);
    }
}
