package uk.cmlnetwork.library;

/** The seven outcomes of Libraries Deliver: Ambition that a library works towards. */
public enum Outcome {
    CULTURAL_ENRICHMENT("Cultural and creative enrichment"),
    READING_AND_LITERACY("Increased reading and literacy"),
    DIGITAL_ACCESS("Improved digital access and literacy"),
    FULL_POTENTIAL("Helping everyone achieve their full potential"),
    HEALTHIER_LIVES("Healthier and happier lives"),
    PROSPERITY("Greater prosperity"),
    STRONGER_COMMUNITIES("Stronger, more resilient communities");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
