package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.EventStatus;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ScheduleEvent;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryDirectory;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.TopicCatalogue;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/** Coordinators' work on events; every call checks the caller is a coordinator. Emails go out in the transaction. */
@ApplicationScoped
@Transactional
public class EventsAdminFacade {
    @Inject
    EventProgramme programme;

    @Inject
    Topics topics;

    @Inject
    TopicCatalogue catalogue;

    @Inject
    LibraryDirectory libraries;

    @Inject
    CurrentMember current;

    /** Proposals waiting for a decision, drafts and every event not yet over. */
    public List<NetworkEvent> programme() {
        requireCoordinator();
        return programme.coordinatorsList(500);
    }

    public List<Library> libraries() {
        return libraries.communityManaged();
    }

    public Topic addTopic(String name) {
        requireCoordinator();
        return catalogue.add(name);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    public NetworkEvent create(ScheduleEvent details, EventStatus status) {
        requireCoordinator();
        return programme.create(details, status);
    }

    private void requireCoordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
    }
}
