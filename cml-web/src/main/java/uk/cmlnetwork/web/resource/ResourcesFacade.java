package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.EventSearch;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceId;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.resource.ResourceSearch;
import uk.cmlnetwork.resource.Upload;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/** The transaction boundary for the resources pages; only coordinators publish. */
@ApplicationScoped
@Transactional
public class ResourcesFacade {
    @Inject
    ResourceLibrary library;

    @Inject
    EventProgramme programme;

    @Inject
    Topics topics;

    @Inject
    CurrentMember current;

    public List<Resource> search(ResourceSearch search) {
        return library.search(search);
    }

    public List<Resource> closingSoon() {
        return library.closingSoon();
    }

    public java.time.LocalDate today() {
        return library.today();
    }

    public List<Topic> topics() {
        return topics.all();
    }

    public List<Resource> newest(int limit) {
        return library.newest(limit);
    }

    public Resource find(ResourceId id) {
        return library.find(id);
    }

    /** The resource's uploaded file, opened for reading; the caller closes it. */
    public InputStream openFile(Resource resource) {
        return library.openFile(resource);
    }

    public Resource publish(PublishResource details, Upload upload) {
        if (!current.isCoordinator() || current.takingPart() == null) {
            throw new NotAllowed();
        }
        return library.publish(details, upload);
    }

    /** A coordinator corrects a resource. */
    public Resource change(ResourceId id, PublishResource details) {
        if (!current.isCoordinator() || current.takingPart() == null) {
            throw new NotAllowed();
        }
        return library.change(id, details);
    }

    /**
     * Withdraws a resource (its uploaded file is deleted): a coordinator any, and whoever manages an event
     * (its host library's editors) that event's recordings and handouts.
     */
    public Resource withdraw(ResourceId id) {
        Resource resource = library.find(id);
        boolean mayManageItsEvent = resource.eventId() != null && current.takingPart() != null
                && programme.mayManage(current.takingPart(), programme.find(resource.eventId()));
        if (!(current.isCoordinator() && current.takingPart() != null) && !mayManageItsEvent) {
            throw new NotAllowed();
        }
        library.withdraw(id);
        return resource;
    }

    /** Events a resource may belong to: those still to come and those already held, newest first. */
    public List<NetworkEvent> eventsToRelate() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
        Map<String, NetworkEvent> events = new LinkedHashMap<>();
        programme.coordinatorsList(200).forEach(e -> events.put(e.id().value(), e));
        programme.search(new EventSearch(null, null, null, true), 200).forEach(e -> events.put(e.id().value(), e));
        List<NetworkEvent> sorted = new ArrayList<>(events.values());
        sorted.sort(Comparator.comparing(NetworkEvent::startsAt).reversed());
        return sorted;
    }

}
