package uk.cmlnetwork.newsletter;

public enum IssueStatus {
    DRAFT("Draft"),
    /** Only in issues sent by earlier versions, which marked an issue sent once its last copy had gone. */
    SENDING("Sent"),
    SENT("Sent");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
