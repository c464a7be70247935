package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.resource.ResourceSearch;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/** The transaction boundary for the resources pages. */
@ApplicationScoped
@Transactional
public class ResourcesFacade {
    @Inject
    ResourceLibrary library;

    @Inject
    Topics topics;

    public List<Resource> search(ResourceSearch search) {
        return library.search(search);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    public List<Resource> newest(int limit) {
        return library.newest(limit);
    }

    public Resource publish(PublishResource details) {
        return library.publish(details);
    }
}
