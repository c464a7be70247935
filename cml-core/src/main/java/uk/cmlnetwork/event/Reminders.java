package uk.cmlnetwork.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Bookings to remind, and the reminders already sent (port). */
public interface Reminders {
    /** Confirmed bookings of published events starting after {@code from} and up to {@code to}, with their events. */
    List<DueReminder> placesAtEventsStarting(Instant from, Instant to);

    /** The keys of the reminders already sent among these. */
    Set<String> sentAmong(List<String> keys);

    void store(ReminderSent sent);
}
