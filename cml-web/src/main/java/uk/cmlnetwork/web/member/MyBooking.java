package uk.cmlnetwork.web.member;

import java.time.Instant;

/** One of the signed-in member's bookings, as their account page lists it. */
public record MyBooking(String bookingId, String eventId, String title, Instant startsAt, String status,
                        boolean cancellable) {
}
