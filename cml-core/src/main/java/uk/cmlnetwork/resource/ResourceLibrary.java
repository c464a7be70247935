package uk.cmlnetwork.resource;

import java.time.Clock;
import java.util.List;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/** The network's resources page: publishing and finding resources. The caller owns the transaction. */
public class ResourceLibrary {
    private final Resources resources;
    private final Topics topics;
    private final InputCheck inputCheck;
    private final Clock clock;

    public ResourceLibrary(Resources resources, Topics topics, InputCheck inputCheck, Clock clock) {
        this.resources = resources;
        this.topics = topics;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    public Resource publish(PublishResource details) {
        inputCheck.check(details);
        List<Topic> found = topics.chosen(details.topicCodes());
        Resource resource = new Resource(ResourceId.newId(), details, found, clock.instant());
        resources.store(resource);
        return resource;
    }

    public List<Resource> newest(int limit) {
        return resources.newest(limit);
    }

    /** Search across titles, summaries and topics, with filters; newest first. */
    public List<Resource> search(ResourceSearch search) {
        return resources.search(search);
    }

    public Resource find(ResourceId id) {
        return resources.find(id).orElseThrow(() -> new NotFound("resource", id.value()));
    }
}
