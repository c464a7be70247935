package uk.cmlnetwork.web.event;

import java.util.List;
import uk.cmlnetwork.event.AgendaSession;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.resource.Resource;

/**
 * What an event's page shows, read once.
 *
 * @param myBooking the signed-in member's live booking, or null
 * @param myPlaceInQueue where that booking is on the waiting list now (1: next), or null if it has a place
 * @param host the library hosting a regional meetup, or null
 */
public record EventView(NetworkEvent event, List<AgendaSession> agenda, List<Resource> materials, Booking myBooking,
                        Integer myPlaceInQueue, boolean manager, Library host) {
}
