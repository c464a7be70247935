package uk.cmlnetwork.newsletter;

/**
 * One recipient's copy of an issue. WAITING → SENDING (a sender took it) → SENT (recorded just
 * before the mail server is told the message is complete) or FAILED (the server refused it; a
 * coordinator may retry). A copy left SENDING by a sender that died never reached the server
 * complete, so it goes back to WAITING; a SENT copy is never sent again.
 */
public enum DeliveryStatus {
    WAITING,
    SENDING,
    SENT,
    FAILED
}
