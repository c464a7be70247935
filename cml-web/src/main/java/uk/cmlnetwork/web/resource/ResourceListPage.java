package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceSearch;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.QueryValues;
import uk.cmlnetwork.web.security.CurrentMember;

/**
 * The resources page: recordings, handouts, toolkits, reports and funding, newest first; words,
 * kind, topic, outcome and audience in the address (resources.xhtml?q=...&kind=...&topic=...), so a
 * search can be bookmarked. Funding past its closing date shows only with closed=yes.
 */
@Named
@RequestScoped
public class ResourceListPage {
    @Inject
    ResourcesFacade resources;

    @Inject
    CurrentMember current;

    private String q;
    private String kind;
    private String topic;
    private String outcome;
    private String audience;
    private String closed;
    private List<Resource> found;
    private List<Resource> closingSoon;
    private java.time.LocalDate today;
    private List<Topic> topics;

    public List<Resource> getResources() {
        if (found == null) {
            found = resources.search(search());
        }
        return found;
    }

    private ResourceSearch search() {
        return new ResourceSearch(q, QueryValues.known(ResourceKind.class, kind), topic,
                QueryValues.known(Outcome.class, outcome), QueryValues.known(MemberCategory.class, audience),
                isIncludeClosed(), 200);
    }

    public boolean isFiltered() {
        return search().isFiltered();
    }

    /** Funding closing in the next four weeks, shown above the list when nothing is being searched for. */
    public List<Resource> getClosingSoon() {
        if (closingSoon == null) {
            closingSoon = resources.closingSoon();
        }
        return closingSoon;
    }

    /** Read once per page: it is asked for each funding card. */
    public java.time.LocalDate getToday() {
        if (today == null) {
            today = resources.today();
        }
        return today;
    }

    public boolean isIncludeClosed() {
        return "yes".equals(closed);
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public MemberCategory[] getAudiences() {
        return MemberCategory.values();
    }

    public boolean isCoordinator() {
        return current.isCoordinator();
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
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getClosed() { return closed; }
    public void setClosed(String closed) { this.closed = closed; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
}
