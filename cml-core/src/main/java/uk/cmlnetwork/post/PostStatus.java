package uk.cmlnetwork.post;

/** Where a guest post is: written, reviewed by a coordinator, then published (or not). */
public enum PostStatus {
    DRAFT("Draft"),
    IN_REVIEW("Waiting for review"),
    CHANGES_ASKED("Changes asked for"),
    PUBLISHED("Published"),
    REJECTED("Not accepted");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
