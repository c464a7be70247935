package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceSearch;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.QueryValues;

/**
 * The resources page: recordings, handouts, toolkits, reports and funding, newest first; words,
 * kind and topic in the address (resources.xhtml?q=...&kind=...&topic=...), so a search can be bookmarked.
 */
@Named
@RequestScoped
public class ResourceListPage {
    @Inject
    ResourcesFacade resources;

    private String q;
    private String kind;
    private String topic;
    private List<Resource> found;
    private List<Topic> topics;

    public List<Resource> getResources() {
        if (found == null) {
            found = resources.search(new ResourceSearch(q, QueryValues.known(ResourceKind.class, kind), topic, 200));
        }
        return found;
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || (kind != null && !kind.isBlank()) || (topic != null && !topic.isBlank());
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public List<Topic> getTopics() {
        if (topics == null) {
            topics = resources.topics();
        }
        return topics;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
}
