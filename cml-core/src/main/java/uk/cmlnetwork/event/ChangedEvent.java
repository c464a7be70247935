package uk.cmlnetwork.event;

import java.util.List;

/**
 * An event after its details changed, and what changed that its attendees need to know: when, where or
 * how to join, each as "was ..., now ..." in words. Empty when nothing of that changed (a new description).
 */
public record ChangedEvent(NetworkEvent event, List<String> forAttendees) {
    public ChangedEvent {
        forAttendees = List.copyOf(forAttendees);
    }

    public boolean mattersToAttendees() {
        return !forAttendees.isEmpty();
    }
}
