package uk.cmlnetwork.mail;

/** Progress of the emails of one kind. */
public record OutboxCount(long sent, long waiting, long givenUp) {
}
