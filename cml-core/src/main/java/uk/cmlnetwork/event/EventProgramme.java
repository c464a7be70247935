package uk.cmlnetwork.event;

import java.time.Clock;
import java.util.List;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/** The network's programme of learning events. The caller owns the transaction. */
public class EventProgramme {
    private final NetworkEvents events;
    private final Topics topics;
    private final InputCheck inputCheck;
    private final Clock clock;

    public EventProgramme(NetworkEvents events, Topics topics, InputCheck inputCheck, Clock clock) {
        this.events = events;
        this.topics = topics;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    public NetworkEvent schedule(ScheduleEvent details) {
        inputCheck.check(details);
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw InvalidInput.of("endsAt", "The event must end after it starts");
        }
        if (!details.type().isOnline() && (details.venue() == null || details.venue().isBlank())) {
            throw InvalidInput.of("venue", "Enter the venue address for a " + details.type().label().toLowerCase());
        }
        if (details.bookingOpensAt() != null && details.bookingClosesAt() != null
                && !details.bookingClosesAt().isAfter(details.bookingOpensAt())) {
            throw InvalidInput.of("bookingClosesAt", "Booking must close after it opens");
        }
        if (details.bookingClosesAt() != null && details.bookingClosesAt().isAfter(details.startsAt())) {
            throw InvalidInput.of("bookingClosesAt", "Booking must close by the time the event starts");
        }
        List<Topic> found = topics.chosen(details.topicCodes());
        NetworkEvent event = new NetworkEvent(EventId.newId(), details, found);
        events.store(event);
        return event;
    }

    /** Events not yet over, soonest first. */
    public List<NetworkEvent> upcoming(int limit) {
        return events.upcoming(clock.instant(), limit);
    }

    public NetworkEvent find(EventId id) {
        return events.find(id).orElseThrow(() -> new NotFound("event", id.value()));
    }
}
