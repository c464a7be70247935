package uk.cmlnetwork.event;

import uk.cmlnetwork.shared.Region;

/** What someone looks for in the events list; null means any. */
public record EventSearch(EventType type, String topicCode, Region region, boolean past) {
}
