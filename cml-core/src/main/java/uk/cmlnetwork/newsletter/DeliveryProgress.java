package uk.cmlnetwork.newsletter;

/** How far an issue has gone out. Waiting includes copies a sender is working on now. */
public record DeliveryProgress(long sent, long waiting, long failed) {
    public long total() {
        return sent + waiting + failed;
    }
}
