package uk.cmlnetwork.event;

/** A reminder to send now: whose booking, for which event, which reminder. */
public record DueReminder(Booking booking, NetworkEvent event, ReminderKind kind) {
}
