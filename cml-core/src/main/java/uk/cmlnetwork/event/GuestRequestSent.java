package uk.cmlnetwork.event;

/** A guest's booking request and the secret for the link to email them (shown once, never stored). */
public record GuestRequestSent(GuestBookingRequest request, String token) {
}
