package uk.cmlnetwork.event;

import uk.cmlnetwork.shared.DomainException;

public class EventFull extends DomainException {
    public EventFull(NetworkEvent event) {
        super("Sorry, " + event.title() + " is full: all " + event.capacity() + " places have been booked");
    }
}
