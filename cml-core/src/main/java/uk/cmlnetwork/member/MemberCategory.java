package uk.cmlnetwork.member;

/** The four kinds of people who can join the network. */
public enum MemberCategory {
    LIBRARY_TEAM("Trustee, volunteer or staff member of a community managed library", "Library teams", "Library team"),
    SETTING_UP("Setting up a community managed library, or exploring the idea", "People setting up a library",
            "Setting up a library"),
    COUNCIL_LIAISON("Council library service staff who liaise with and support community managed libraries",
            "Council liaison staff", "Council liaison"),
    SUPPORTER("Organisation or individual supporting community managed libraries in other ways", "Supporters", "Supporter");

    private final String description;
    private final String shortLabel;
    private final String personLabel;

    MemberCategory(String description, String shortLabel, String personLabel) {
        this.description = description;
        this.shortLabel = shortLabel;
        this.personLabel = personLabel;
    }

    /** The category of one person, for the member directory: "Library team". */
    public String personLabel() {
        return personLabel;
    }

    /** The category as a group of people, for filters: "Library teams". */
    public String shortLabel() {
        return shortLabel;
    }

    public String description() {
        return description;
    }
}
