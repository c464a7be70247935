package uk.cmlnetwork.library;

/** What a member suggests: a library missing from the directory, or a correction to an entry. */
public enum SuggestionKind {
    ADDITION("A library that is missing"),
    AMENDMENT("A correction to an entry");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
