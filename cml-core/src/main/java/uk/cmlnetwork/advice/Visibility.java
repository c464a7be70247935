package uk.cmlnetwork.advice;

/** Who sees a question or an answer. */
public enum Visibility {
    /** Every signed-in member. */
    SHOWN("Shown"),
    /** A new member's first posts wait for a coordinator's approval; their writer sees them. */
    WAITING("Waiting for a coordinator's approval"),
    /** Three members reported it: hidden until a coordinator decides. */
    REPORTED("Hidden: reported by members, waiting for a coordinator"),
    /** A coordinator took it down. */
    REMOVED("Removed by a coordinator");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a coordinator must decide on it. */
    public boolean awaitsDecision() {
        return this == WAITING || this == REPORTED;
    }
}
