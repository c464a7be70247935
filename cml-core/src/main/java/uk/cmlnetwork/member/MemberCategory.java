package uk.cmlnetwork.member;

/** The four kinds of people who can join the network. */
public enum MemberCategory {
    LIBRARY_TEAM("Trustee, volunteer or staff member of a community managed library", "Library teams"),
    SETTING_UP("Setting up a community managed library, or exploring the idea", "People setting up a library"),
    COUNCIL_LIAISON("Council library service staff who liaise with and support community managed libraries",
            "Council liaison staff"),
    SUPPORTER("Organisation or individual supporting community managed libraries in other ways", "Supporters");

    private final String description;
    private final String shortLabel;

    MemberCategory(String description, String shortLabel) {
        this.description = description;
        this.shortLabel = shortLabel;
    }

    /** The category as a group of people, for filters: "Library teams". */
    public String shortLabel() {
        return shortLabel;
    }

    public String description() {
        return description;
    }
}
