package uk.cmlnetwork.library;

/** Where a community library is on its way, as in the good practice toolkit. */
public enum LibraryStage {
    CONSIDERING("Considering"),
    IMPLEMENTING("Implementing"),
    SUSTAINING("Sustaining");

    private final String label;

    LibraryStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
