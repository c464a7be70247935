package uk.cmlnetwork.event;

/** Where an event is in its life. Events are PUBLISHED when scheduled; the others come with the events work. */
public enum EventStatus {
    PUBLISHED("Open for booking"),
    CANCELLED("Cancelled"),
    HELD("Held");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
