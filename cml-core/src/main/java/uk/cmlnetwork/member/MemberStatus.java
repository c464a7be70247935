package uk.cmlnetwork.member;

/** Where an account is: it can book and post only when ACTIVE. */
public enum MemberStatus {
    /** Joined, but has not yet confirmed the email address. */
    UNVERIFIED("Email not yet confirmed"),
    ACTIVE("Active"),
    SUSPENDED("Suspended by a coordinator"),
    /** Personal data erased at the member's request; cannot sign in again. */
    DELETED("Deleted");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
