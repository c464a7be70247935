package uk.cmlnetwork.resource;

import java.time.Clock;
import java.util.List;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.NetworkEvents;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;

/**
 * The recording and handouts of a held event: shown on the event's page, and resources in their
 * own right (with the event's topics) on the resources page once a coordinator has added or listed
 * them. The caller owns the transaction.
 */
public class EventMaterials {
    private final NetworkEvents events;
    private final Resources resources;
    private final InputCheck inputCheck;
    private final Clock clock;

    public EventMaterials(NetworkEvents events, Resources resources, InputCheck inputCheck, Clock clock) {
        this.events = events;
        this.resources = resources;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /**
     * Adds a recording or handout to a held event. It shows on the resources page (and in the newsletter)
     * at once only when a coordinator adds it; anyone else's stays on the event's page until a coordinator
     * lists it ({@link #list}).
     */
    public Resource attach(EventId eventId, PublishResource material, Member by) {
        inputCheck.check(material);
        NetworkEvent event = events.find(eventId).orElseThrow(() -> new NotFound("event", eventId.value()));
        if (!event.isHeld()) {
            throw new DomainException("Recordings and handouts are added once " + event.title()
                    + " has been held: mark it as held first");
        }
        if (material.kind() != ResourceKind.RECORDING && material.kind() != ResourceKind.HANDOUT) {
            throw InvalidInput.of("kind", "Choose recording or handout");
        }
        if (material.url() == null) {
            throw InvalidInput.of("url", "Enter the address of the recording or handout");
        }
        PublishResource ofTheEvent = new PublishResource(material.title(), material.summary(), material.kind(),
                List.of(), material.url(), material.outcomes(), material.audiences(), eventId.value(), FundingDetails.NONE);
        Resource resource = new Resource(ResourceId.newId(), ofTheEvent, event.topics(), clock.instant(), null);
        if (!by.isCoordinator()) {
            resource.keepToItsEvent();
        }
        resources.store(resource);
        return resource;
    }

    /** A coordinator adds an event's recording or handout to the resources page. */
    public Resource list(ResourceId id, Member by) {
        if (!by.isCoordinator()) {
            throw new DomainException("Only a coordinator adds an event's materials to the resources page");
        }
        Resource resource = resources.find(id).orElseThrow(() -> new NotFound("resource", id.value()));
        resource.list(clock.instant());
        return resource;
    }

    public List<Resource> of(EventId eventId) {
        return resources.forEvent(eventId);
    }
}
