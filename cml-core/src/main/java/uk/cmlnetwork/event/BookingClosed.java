package uk.cmlnetwork.event;

import uk.cmlnetwork.shared.DomainException;

public class BookingClosed extends DomainException {
    public BookingClosed(NetworkEvent event) {
        super("Booking has closed for " + event.title() + ": it has already started");
    }
}
