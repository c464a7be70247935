package uk.cmlnetwork.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import uk.cmlnetwork.shared.NetworkTime;

/**
 * Reminds everyone with a place: two days before the event, and on its day from {@link #ON_THE_DAY_FROM}
 * (London time). Each reminder is sent once per booking: recording it ({@link #recordSent}) in the
 * transaction that puts the email in the outbox lets only one server, once, save it. Someone who booked
 * within the two days gets only the reminder on the day. The caller owns the transaction.
 */
public class EventReminders {
    public static final Duration AHEAD = Duration.ofDays(2);
    public static final LocalTime ON_THE_DAY_FROM = LocalTime.of(7, 0);

    private final Reminders reminders;
    private final Clock clock;

    public EventReminders(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The reminders due now and not yet sent. */
    public List<DueReminder> due() {
        Instant now = clock.instant();
        List<DueReminder> candidates = reminders.placesAtEventsStarting(now, now.plus(AHEAD)).stream()
                .flatMap(r -> java.util.Optional.ofNullable(kindFor(r, now))
                        .map(kind -> new DueReminder(r.booking(), r.event(), kind)).stream())
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> sent = reminders.sentAmong(candidates.stream()
                .map(r -> ReminderSent.keyOf(r.booking().id(), r.kind())).toList());
        return candidates.stream().filter(r -> !sent.contains(ReminderSent.keyOf(r.booking().id(), r.kind()))).toList();
    }

    /** Records the reminder as sent; a second record of it is refused by the database when the transaction commits. */
    public void recordSent(DueReminder reminder) {
        reminders.store(new ReminderSent(reminder.booking().id(), reminder.kind(), clock.instant()));
    }

    private static ReminderKind kindFor(DueReminder place, Instant now) {
        ZonedDateTime start = place.event().startsAt().atZone(NetworkTime.LONDON);
        ZonedDateTime here = now.atZone(NetworkTime.LONDON);
        if (here.toLocalDate().equals(start.toLocalDate())) {
            return here.toLocalTime().isBefore(ON_THE_DAY_FROM) ? null : ReminderKind.ON_THE_DAY;
        }
        boolean bookedWellAhead = Duration.between(place.booking().bookedAt(), place.event().startsAt()).compareTo(AHEAD) > 0;
        return bookedWellAhead ? ReminderKind.TWO_DAYS_BEFORE : null;
    }
}
