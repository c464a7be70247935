package uk.cmlnetwork.event;

import java.util.Optional;

public interface GuestBookingRequests {
    void store(GuestBookingRequest request);

    Optional<GuestBookingRequest> findByTokenHash(String tokenHash);

    /** Forgets this person's requests (account deleted). */
    void deleteAllFor(String email);
}
