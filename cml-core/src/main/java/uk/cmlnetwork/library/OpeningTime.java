package uk.cmlnetwork.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;

/** When a library is open on one day of the week: staffed hours, and unstaffed (self-service) hours. */
@Embeddable
public class OpeningTime {
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 10)
    private DayOfWeek day;

    @Column(name = "staffed", length = 100)
    private String staffed;

    @Column(name = "unstaffed", length = 100)
    private String unstaffed;

    protected OpeningTime() {
    }

    OpeningTime(DayHours hours) {
        this.day = hours.day();
        this.staffed = uk.cmlnetwork.shared.Text.blankToNull(hours.staffed());
        this.unstaffed = uk.cmlnetwork.shared.Text.blankToNull(hours.unstaffed());
    }

    public DayOfWeek day() {
        return day;
    }

    /** "9:30 to 1pm", or null. */
    public String staffed() {
        return staffed;
    }

    public String unstaffed() {
        return unstaffed;
    }

    /** The day's name, "Monday". */
    public String dayName() {
        return DayHours.name(day);
    }
}
