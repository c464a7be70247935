package uk.cmlnetwork.web.event;

import static uk.cmlnetwork.web.page.QueryValues.known;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.event.EventSearch;
import uk.cmlnetwork.event.EventType;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/**
 * The events page: upcoming or past events, filtered by type, topic and region. The filters are a
 * GET form, so every list is a bookmarkable address (events.xhtml?type=WEBINAR&amp;when=past).
 * Unknown filter values are ignored rather than refused: old bookmarks keep working.
 */
@Named
@RequestScoped
public class EventListPage {
    @Inject
    EventsFacade events;

    @Inject
    Topics topics;

    private String type;
    private String topic;
    private String region;
    private String when;
    private List<NetworkEvent> found;
    private List<Topic> allTopics;

    public List<NetworkEvent> getEvents() {
        if (found == null) {
            found = events.search(new EventSearch(known(EventType.class, type), topicCode(), known(Region.class, region),
                    isPast()), 200);
        }
        return found;
    }

    public boolean isPast() {
        return "past".equals(when);
    }

    private String topicCode() {
        return getTopics().stream().map(Topic::code).filter(c -> c.equals(topic)).findFirst().orElse(null);
    }

    public List<Topic> getTopics() {
        if (allTopics == null) {
            allTopics = topics.all();
        }
        return allTopics;
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getWhen() { return when; }
    public void setWhen(String when) { this.when = when; }
}
