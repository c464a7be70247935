package uk.cmlnetwork.event;

import java.util.Optional;
import uk.cmlnetwork.member.Member;

/**
 * What a booking has to know before it is made, read together: the event, the booking this email
 * address already has for it (if any) and the member account with this address (if any).
 */
public record BookingSituation(NetworkEvent event, Optional<Booking> existing, Optional<Member> account) {
}
