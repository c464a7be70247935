package uk.cmlnetwork.event;

/**
 * Where an event is in its life: draft → announced (date or venue still to be confirmed, people
 * register interest) → published (open for booking) → cancelled or held. A regional meetup starts
 * as a member's proposal, which a coordinator approves (published) or declines.
 */
public enum EventStatus {
    PROPOSED("Proposed, waiting for a coordinator"),
    DRAFT("Draft"),
    ANNOUNCED("Announced: register your interest"),
    PUBLISHED("Open for booking"),
    CANCELLED("Cancelled"),
    HELD("Held"),
    DECLINED("Proposal declined");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the public sees the event in lists, feeds and on its page. */
    public boolean isPublic() {
        return this == ANNOUNCED || this == PUBLISHED || this == CANCELLED || this == HELD;
    }
}
