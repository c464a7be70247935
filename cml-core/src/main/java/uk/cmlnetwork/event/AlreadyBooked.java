package uk.cmlnetwork.event;

import uk.cmlnetwork.shared.DomainException;

/** Two bookings for the same person and event at the same moment (a double click): the database kept the first. */
public class AlreadyBooked extends DomainException {
    private static final long serialVersionUID = 1L;

    public AlreadyBooked() {
        super("This email address already has a booking for this event: it was being made at the same moment");
    }
}
