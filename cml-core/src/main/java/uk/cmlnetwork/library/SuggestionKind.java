package uk.cmlnetwork.library;

/** What a member suggests: a library missing from the directory, a correction to an entry, or that they help run it. */
public enum SuggestionKind {
    ADDITION("A library that is missing"),
    AMENDMENT("A correction to an entry"),
    /** A member says they help run the library and asks to edit its profile: a coordinator decides. */
    CLAIM("A claim to help run the library");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
