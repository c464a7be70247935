package uk.cmlnetwork.resource;

import java.time.Clock;
import java.util.List;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.NetworkEvents;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;

/**
 * The recording and handouts of a held event: shown on the event's page, and resources in their
 * own right (with the event's topics) on the resources page. The caller owns the transaction.
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

    public Resource attach(EventId eventId, PublishResource material) {
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
        resources.store(resource);
        return resource;
    }

    public List<Resource> of(EventId eventId) {
        return resources.forEvent(eventId);
    }
}
