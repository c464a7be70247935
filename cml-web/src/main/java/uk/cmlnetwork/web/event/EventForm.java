package uk.cmlnetwork.web.event;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;

/**
 * The fields of an event as typed into a form (coordinators scheduling or changing an event, members
 * proposing a meetup): times in UK wall-clock time, turned into instants by the London zone rules.
 */
public class EventForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private EventType type;
    private List<String> topicCodes = new ArrayList<>();
    private String date;
    private String start;
    private String end;
    private String link;
    private String venue;
    private String capacity;
    private boolean membersOnly;
    private String opens;
    private String closes;
    private Region region;
    private String hostLibrary;

    /** Which form control shows the problem with each field of {@link ScheduleEvent}. */
    public static Map<String, String> fieldIds(String form) {
        String[][] fieldToControl = {{"title", "title"}, {"description", "description"}, {"type", "type"},
                {"topicCodes", "topics"}, {"startsAt", "date"}, {"endsAt", "end"}, {"onlineLink", "link"},
                {"venue", "venue"}, {"capacity", "capacity"}, {"bookingOpensAt", "opens"},
                {"bookingClosesAt", "closes"}, {"region", "region"}, {"hostLibrary", "host"}};
        Map<String, String> ids = new LinkedHashMap<>();
        for (String[] pair : fieldToControl) {
            ids.put(pair[0], form + ":" + pair[1]);
        }
        return ids;
    }

    /** The form filled with an event's current details. */
    public static EventForm of(NetworkEvent event) {
        EventForm form = new EventForm();
        form.title = event.title();
        form.description = event.description();
        form.type = event.type();
        form.topicCodes = new ArrayList<>(event.topics().stream().map(Topic::code).toList());
        var starts = event.startsAt().atZone(NetworkTime.LONDON);
        form.date = starts.toLocalDate().toString();
        form.start = starts.toLocalTime().toString();
        form.end = event.endsAt().atZone(NetworkTime.LONDON).toLocalTime().toString();
        form.link = event.onlineLink();
        form.venue = event.venue();
        form.capacity = event.capacity() == null ? null : event.capacity().toString();
        form.membersOnly = event.isMembersOnly();
        form.opens = event.bookingOpensAt() == null ? null
                : event.bookingOpensAt().atZone(NetworkTime.LONDON).toLocalDateTime().toString();
        form.closes = event.bookingClosesAt() == null || event.bookingClosesAt().equals(event.startsAt()) ? null
                : event.bookingClosesAt().atZone(NetworkTime.LONDON).toLocalDateTime().toString();
        form.region = event.region();
        form.hostLibrary = event.hostLibrary() == null ? null : event.hostLibrary().value();
        return form;
    }

    /** The details typed, or every problem with the way they are written (the core checks the rest). */
    public ScheduleEvent toSchedule() {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant startsAt = londonTime(date, start, "startsAt", problems);
        Instant endsAt = londonTime(date, end, "endsAt", problems);
        Integer places = places(problems);
        Instant opensAt = moment(opens, "bookingOpensAt", problems);
        Instant closesAt = moment(closes, "bookingClosesAt", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ScheduleEvent(title, description, type, topicCodes, startsAt, endsAt, link, venue, places,
                membersOnly, opensAt, closesAt, region,
                hostLibrary == null || hostLibrary.isBlank() ? null : new LibraryId(hostLibrary));
    }

    /** A UK wall-clock date and time as an instant; a problem is recorded under field (or startsAt for the date). */
    public static Instant londonTime(String day, String time, String field, Map<String, String> problems) {
        if (day == null || day.isBlank()) {
            problems.putIfAbsent("startsAt", "Enter the date of the event");
            return null;
        }
        if (time == null || time.isBlank()) {
            problems.put(field, field.equals("startsAt") ? "Enter the start time, like 19:00" : "Enter the end time, like 20:30");
            return null;
        }
        try {
            return ZonedDateTime.of(LocalDate.parse(day.strip()), LocalTime.parse(time.strip()), NetworkTime.LONDON).toInstant();
        } catch (DateTimeParseException wrong) {
            problems.put(field, "Enter the date like 2027-03-18 and the time like 19:00");
            return null;
        }
    }

    private static Instant moment(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(NetworkTime.LONDON).toInstant();
        } catch (DateTimeParseException wrong) {
            problems.put(field, "Enter the date and time like 2027-03-01T09:00, or leave it empty");
            return null;
        }
    }

    private Integer places(Map<String, String> problems) {
        if (capacity == null || capacity.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(capacity.strip());
        } catch (NumberFormatException notANumber) {
            problems.put("capacity", "Enter the number of places as a whole number, or leave it empty for unlimited");
            return null;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public List<String> getTopicCodes() { return topicCodes; }
    public void setTopicCodes(List<String> topicCodes) { this.topicCodes = topicCodes; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public boolean isMembersOnly() { return membersOnly; }
    public void setMembersOnly(boolean membersOnly) { this.membersOnly = membersOnly; }
    public String getOpens() { return opens; }
    public void setOpens(String opens) { this.opens = opens; }
    public String getCloses() { return closes; }
    public void setCloses(String closes) { this.closes = closes; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public String getHostLibrary() { return hostLibrary; }
    public void setHostLibrary(String hostLibrary) { this.hostLibrary = hostLibrary; }
}
