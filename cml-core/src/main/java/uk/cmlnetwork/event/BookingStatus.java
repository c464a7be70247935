package uk.cmlnetwork.event;

/** Where a booking stands. */
public enum BookingStatus {
    CONFIRMED("Confirmed"),
    /** The event was full: waiting, in order, for a place to come free. */
    WAITLISTED("On the waiting list"),
    CANCELLED("Cancelled"),
    ATTENDED("Attended");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
