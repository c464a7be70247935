package uk.cmlnetwork.event;

/** The reminders someone with a place gets: two days before the event, and on the day. */
public enum ReminderKind {
    TWO_DAYS_BEFORE,
    ON_THE_DAY
}
