package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.resource.Resource;

/** The resources page: recordings, handouts, toolkits, reports and funding, newest first. */
@Named
@RequestScoped
public class ResourceListPage {
    @Inject
    ResourcesFacade resources;

    private List<Resource> newest;

    public List<Resource> getResources() {
        if (newest == null) {
            newest = resources.newest(200);
        }
        return newest;
    }
}
