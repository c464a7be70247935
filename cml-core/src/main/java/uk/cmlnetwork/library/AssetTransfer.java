package uk.cmlnetwork.library;

/** Where a community library stands on Community Asset Transfer of its building. */
public enum AssetTransfer {
    NOT_CONSIDERED("Not considered"),
    CONSIDERING("Considering a transfer"),
    IN_PROGRESS("Transfer in progress"),
    LEASEHOLD("Transferred on a lease"),
    FREEHOLD("Transferred freehold"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    AssetTransfer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
