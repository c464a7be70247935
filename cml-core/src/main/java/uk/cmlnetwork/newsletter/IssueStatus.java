package uk.cmlnetwork.newsletter;

public enum IssueStatus {
    DRAFT("Draft"),
    SENDING("Sending"),
    SENT("Sent");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
