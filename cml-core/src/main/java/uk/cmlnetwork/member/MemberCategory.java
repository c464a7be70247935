package uk.cmlnetwork.member;

/** The four kinds of people who can join the network. */
public enum MemberCategory {
    LIBRARY_TEAM("Trustee, volunteer or staff member of a community managed library"),
    SETTING_UP("Setting up a community managed library, or exploring the idea"),
    COUNCIL_LIAISON("Council library service staff who liaise with and support community managed libraries"),
    SUPPORTER("Organisation or individual supporting community managed libraries in other ways");

    private final String description;

    MemberCategory(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
