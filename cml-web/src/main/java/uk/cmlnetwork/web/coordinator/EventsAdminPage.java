package uk.cmlnetwork.web.coordinator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.Pages;

/** Coordinators' events page: what is coming up, and a form to put a new event in the programme. */
@Named
@ViewScoped
public class EventsAdminPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "schedule:title"),
            Map.entry("description", "schedule:description"), Map.entry("type", "schedule:type"),
            Map.entry("topicCodes", "schedule:topics"), Map.entry("startsAt", "schedule:date"),
            Map.entry("endsAt", "schedule:end"), Map.entry("onlineLink", "schedule:link"),
            Map.entry("venue", "schedule:venue"), Map.entry("capacity", "schedule:capacity"),
            Map.entry("bookingOpensAt", "schedule:opens"), Map.entry("bookingClosesAt", "schedule:closes"));

    @Inject
    transient EventsAdminFacade events;

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

    public List<NetworkEvent> getUpcoming() {
        return events.upcoming();
    }

    public List<Topic> getTopics() {
        return events.topics();
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public String schedule() {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant startsAt = londonTime(date, start, "startsAt", problems);
        Instant endsAt = londonTime(date, end, "endsAt", problems);
        Integer places = places(problems);
        Instant opensAt = moment(opens, "bookingOpensAt", problems);
        Instant closesAt = moment(closes, "bookingClosesAt", problems);
        if (!problems.isEmpty()) {
            Pages.showProblems(new InvalidInput(problems), FIELDS);
            return null;
        }
        try {
            NetworkEvent event = events.schedule(new ScheduleEvent(title, description, type, topicCodes, startsAt,
                    endsAt, link, venue, places, membersOnly, opensAt, closesAt));
            return "/coordinator/attendees?faces-redirect=true&id=" + event.id().value();
        } catch (InvalidInput invalid) {
            Pages.showProblems(invalid, FIELDS);
            return null;
        }
    }

    // The coordinator types London wall-clock time; the zone rules turn it into an instant (GMT or BST).
    private static Instant londonTime(String day, String time, String field, Map<String, String> problems) {
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
            return java.time.LocalDateTime.parse(text.strip()).atZone(NetworkTime.LONDON).toInstant();
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
}
