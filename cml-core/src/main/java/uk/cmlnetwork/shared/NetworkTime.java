package uk.cmlnetwork.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The network works in London time; instants are stored in UTC and shown with the zone (GMT or BST). */
public final class NetworkTime {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mma z", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma z", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private NetworkTime() {
    }

    /** For example "Thursday 26 March 2026, 7:00pm GMT". */
    public static String dateAndTime(Instant instant) {
        return lower(DATE_TIME.format(instant.atZone(LONDON)));
    }

    /** For example "8:30pm BST". */
    public static String time(Instant instant) {
        return lower(TIME.format(instant.atZone(LONDON)));
    }

    /** For example "26 March 2026". */
    public static String date(Instant instant) {
        return DATE.format(instant.atZone(LONDON));
    }

    /** A calendar day, for example "26 March 2026". */
    public static String day(java.time.LocalDate day) {
        return DATE.format(day);
    }

    public static ZonedDateTime inLondon(Instant instant) {
        return instant.atZone(LONDON);
    }

    // The UK style is "7:00pm": lower-case am/pm, zone name left as it is.
    private static String lower(String formatted) {
        return formatted.replace("AM ", "am ").replace("PM ", "pm ");
    }
}
