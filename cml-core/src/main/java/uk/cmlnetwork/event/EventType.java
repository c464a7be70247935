package uk.cmlnetwork.event;

/** The kinds of learning event the network runs. */
public enum EventType {
    WEBINAR("Webinar", true),
    WORKSHOP("Workshop", false),
    CONFERENCE("Conference", false),
    REGIONAL_MEETUP("Regional meetup", false);

    private final String label;
    private final boolean online;

    EventType(String label, boolean online) {
        this.label = label;
        this.online = online;
    }

    public String label() {
        return label;
    }

    /** Online events have a joining link; the others have a venue. */
    public boolean isOnline() {
        return online;
    }
}
