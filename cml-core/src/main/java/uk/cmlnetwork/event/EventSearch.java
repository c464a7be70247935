package uk.cmlnetwork.event;

import uk.cmlnetwork.shared.Region;

/**
 * What someone looks for in the events list; null means any.
 *
 * @param withCancelled upcoming events cancelled too (for calendar feeds, which must take them out); lists leave them out
 */
public record EventSearch(EventType type, String topicCode, Region region, boolean past, boolean withCancelled) {
    public EventSearch(EventType type, String topicCode, Region region, boolean past) {
        this(type, topicCode, region, past, false);
    }
}
