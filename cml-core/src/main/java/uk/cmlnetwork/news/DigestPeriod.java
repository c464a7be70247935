package uk.cmlnetwork.news;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * The day or the week a daily or weekly email belongs to, in the network's own time (London). A
 * period's email is due from a set hour of its first day (daily: each day; weekly: Monday, or later that
 * week if no server ran then).
 *
 * @param key the period's name, e.g. "daily 2026-12-03" or "weekly 2026-W49": one email each
 */
public record DigestPeriod(Frequency frequency, String key) {
    public static final ZoneId NETWORK_TIME = ZoneId.of("Europe/London");

    /** The period whose email is due at this moment, or null if none is due yet today. */
    public static DigestPeriod due(Frequency frequency, Instant now, int hour) {
        ZonedDateTime local = now.atZone(NETWORK_TIME);
        LocalDate day = local.toLocalDate();
        boolean beforeHour = local.getHour() < hour;
        return switch (frequency) {
            case DAILY -> beforeHour ? null : new DigestPeriod(frequency, "daily " + day);
            // due from Monday's hour; a server that was down then sends it later in the week
            case WEEKLY -> beforeHour && day.getDayOfWeek() == DayOfWeek.MONDAY ? null : new DigestPeriod(frequency,
                    "weekly %d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            default -> throw new IllegalArgumentException(frequency + " has no periods");
        };
    }
}
