package uk.cmlnetwork.mail;

/**
 * Progress of a set of emails. Every email not sent yet is either waiting (not tried, or being sent) or
 * failed (the mail server refused it or was out of reach at least once: it is tried again on the
 * outbox's schedule until given up).
 */
public record OutboxCount(long sent, long waiting, long failed) {
}
