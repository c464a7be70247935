package uk.cmlnetwork.resource;

/** What sort of thing a resource is. */
public enum ResourceKind {
    RECORDING("Webinar recording"),
    HANDOUT("Workshop handout"),
    TRAINING_PACKAGE("Training package"),
    TOOLKIT("Toolkit"),
    TEMPLATE("Template"),
    RESEARCH_REPORT("Research report"),
    FUNDING_OPPORTUNITY("Funding opportunity"),
    LINK("Link");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
