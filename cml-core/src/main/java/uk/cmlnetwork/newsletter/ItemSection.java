package uk.cmlnetwork.newsletter;

/** The parts of an issue, in the order they appear: the most urgent, funding about to close, first. */
public enum ItemSection {
    FUNDING("Funding closing soon"),
    POST("From members' libraries"),
    EVENT("Coming up: places left"),
    RESOURCE("New resources"),
    QUESTION("Solved by the network");

    private final String heading;

    ItemSection(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
