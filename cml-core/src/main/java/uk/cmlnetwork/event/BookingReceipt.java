package uk.cmlnetwork.event;

/**
 * A booking as just made or changed, with its event (as read for the booking: title, times and place
 * for the email; its count of places may be out of date) and the secret for its cancel link. The secret
 * is shown only here (the database keeps a hash of it): put it in the email. Null when no new link was
 * made (a repeated request for a booking that already existed).
 */
public record BookingReceipt(Booking booking, NetworkEvent event, String cancelCode) {
}
