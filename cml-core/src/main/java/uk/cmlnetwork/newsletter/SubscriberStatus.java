package uk.cmlnetwork.newsletter;

/** Where someone stands with the mailing list. */
public enum SubscriberStatus {
    /** Asked for the newsletter; has not yet followed the emailed confirmation link. */
    WAITING_FOR_CONFIRMATION,
    /** Confirmed by email: receives each issue. */
    SUBSCRIBED,
    UNSUBSCRIBED
}
