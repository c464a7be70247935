package uk.cmlnetwork.newsletter;

/**
 * What following an unsubscribe link did.
 *
 * @param alreadyOff true when the address had already left the list (a second click changes nothing)
 * @param memberId the member whose newsletter consent is now withdrawn too, or null
 */
public record Unsubscribed(String email, boolean alreadyOff, String memberId) {
}
