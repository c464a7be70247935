package uk.cmlnetwork.library;

public enum SuggestionStatus {
    WAITING("Waiting for review"),
    ACCEPTED("Accepted"),
    REJECTED("Not accepted");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
