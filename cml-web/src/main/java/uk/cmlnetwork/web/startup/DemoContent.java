package uk.cmlnetwork.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.shared.NetworkTime;

/**
 * A small, realistic set of events and resources so a new installation shows what the network does
 * (its libraries are the real ones of the starting directory). The events are placed around the next
 * change of the clocks so the pages show both GMT and BST. Added through the same services as everything else.
 */
@ApplicationScoped
public class DemoContent {
    @Inject
    EventProgramme events;

    @Inject
    ResourceLibrary resources;

    /** Adds the demo events and resources (on the first start, with the starting directory). */
    @Transactional
    public void add() {
        addEvents(Instant.now());
        addResources();
    }

    private void addEvents(Instant now) {
        ZonedDateTime clocksChange = NetworkTime.LONDON.getRules().nextTransition(now).getInstant()
                .atZone(NetworkTime.LONDON);
        LocalDate weekBefore = clocksChange.toLocalDate().minusDays(10);
        LocalDate weekAfter = clocksChange.toLocalDate().plusDays(11);
        LocalDate soon = LocalDate.ofInstant(now, NetworkTime.LONDON).plusDays(14);
        events.schedule(new ScheduleEvent("Taking on your building: Community Asset Transfer",
                "Trustees from two community libraries talk through the asset transfer of their buildings: "
                        + "the lease, the condition survey, insurance and what they would do differently.",
                EventType.WEBINAR, List.of("community-asset-transfer", "legal-governance-trustees"),
                londonTime(weekBefore, 19, 0), londonTime(weekBefore, 20, 15),
                "https://meet.example.org/cml-cat-webinar", null, null));
        events.schedule(new ScheduleEvent("Fundraising workshop for community libraries",
                "A hands-on day on income generation: grant applications, local giving and running a Friends group.",
                EventType.WORKSHOP, List.of("income-fundraising", "business-planning"),
                londonTime(weekAfter, 10, 0), londonTime(weekAfter, 15, 30),
                null, "Hillside Community Library, 12 Church Lane, Hillside BS40 8XE", 25));
        events.schedule(new ScheduleEvent("Recruiting and keeping volunteers",
                "How member libraries find volunteers, welcome them and keep them for years.",
                EventType.WEBINAR, List.of("volunteering", "community-engagement"),
                londonTime(soon, 12, 30), londonTime(soon, 13, 30),
                "https://meet.example.org/cml-volunteers", null, 100));
    }

    private static Instant londonTime(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), NetworkTime.LONDON).toInstant();
    }

    private void addResources() {
        resources.publish(new PublishResource("Making the most of your library",
                "A training package for volunteers and trustees of community managed libraries.",
                ResourceKind.TOOLKIT, List.of("volunteering"), "https://example.org/making-the-most"));
        resources.publish(new PublishResource("Recording: business planning for small libraries",
                "The webinar recording and slides.", ResourceKind.RECORDING, List.of("business-planning"),
                "https://example.org/recordings/business-planning"));
        resources.publish(new PublishResource("Community libraries as community hubs",
                "Research into the services and activities community managed libraries offer beyond lending.",
                ResourceKind.RESEARCH_REPORT, List.of("community-engagement"),
                "https://example.org/research/community-hubs"));
    }

}
