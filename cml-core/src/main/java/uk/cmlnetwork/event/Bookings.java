package uk.cmlnetwork.event;

import java.util.List;
import java.util.Optional;

public interface Bookings {
    void store(Booking booking);

    Optional<Booking> findByEventAndEmail(EventId eventId, String email);

    List<Booking> forEvent(EventId eventId);
}
