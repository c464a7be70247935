package uk.cmlnetwork.library;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** One day's opening hours as an editor writes them, in words ("9:30 to 1pm"); blank when closed. */
public record DayHours(DayOfWeek day, String staffed, String unstaffed) {
    public static final int MAX_LENGTH = 100;

    public boolean isBlank() {
        return (staffed == null || staffed.isBlank()) && (unstaffed == null || unstaffed.isBlank());
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
