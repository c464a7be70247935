package uk.cmlnetwork.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import uk.cmlnetwork.shared.NetworkTime;

/** For pages: {@code #{london.dateAndTime(event.startsAt())}} shows a time the way members read it. */
@Named("london")
@ApplicationScoped
public class LondonTime {
    public String dateAndTime(Instant instant) {
        return NetworkTime.dateAndTime(instant);
    }

    public String time(Instant instant) {
        return NetworkTime.time(instant);
    }

    public String date(Instant instant) {
        return NetworkTime.date(instant);
    }

    /** A calendar day such as a closing date: "26 March 2026". */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : NetworkTime.day(day);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant.toString();
    }
}
