package uk.cmlnetwork.newsletter;

/** A confirmation email to send: the address, the name to greet, and the secret for its link. */
public record Confirmation(String email, String name, String secret) {
}
