package uk.cmlnetwork.event;

/**
 * A booking as just made or changed, with the secret for its cancel link. The secret is shown
 * only here (the database keeps a hash of it): put it in the email. Null when no new link was
 * made (a repeated request for a booking that already existed).
 */
public record BookingReceipt(Booking booking, String cancelCode) {
}
