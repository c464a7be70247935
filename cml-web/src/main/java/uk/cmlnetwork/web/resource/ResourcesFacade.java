package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceLibrary;

/** The transaction boundary for the resources pages. */
@ApplicationScoped
@Transactional
public class ResourcesFacade {
    @Inject
    ResourceLibrary library;

    public List<Resource> newest(int limit) {
        return library.newest(limit);
    }

    public Resource publish(PublishResource details) {
        return library.publish(details);
    }
}
