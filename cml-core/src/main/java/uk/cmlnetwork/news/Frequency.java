package uk.cmlnetwork.news;

/** How often a member hears of one kind of news. */
public enum Frequency {
    AT_ONCE("At once, one email each time"),
    DAILY("In a daily email"),
    WEEKLY("In a weekly email"),
    NEVER("Never");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }
}
