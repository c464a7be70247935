package uk.cmlnetwork.newsletter;

/** The parts of an issue, in the order they appear. */
public enum ItemSection {
    POST("From members' libraries"),
    EVENT("Coming up: places left"),
    RESOURCE("New resources"),
    QUESTION("Solved by the network"),
    FUNDING("Funding closing soon");

    private final String heading;

    ItemSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
