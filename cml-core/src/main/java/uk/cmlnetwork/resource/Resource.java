package uk.cmlnetwork.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Text;

/** Something published for members to learn from: a recording, handout, toolkit, report... */
@Entity
@Table(name = "resource")
public class Resource {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ResourceKind kind;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "resource_topic",
            joinColumns = @JoinColumn(name = "resource_id", referencedColumnName = "id"),
            inverseJoinColumns = @JoinColumn(name = "topic_code", referencedColumnName = "code"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    @Column(name = "url", nullable = false, length = 1000)
    private String url;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** The event this is the recording or a handout of, if any. */
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Version
    @Column(name = "version")
    private long version;

    protected Resource() {
    }

    Resource(ResourceId id, PublishResource details, List<Topic> topics, Instant publishedAt) {
        this.id = id.value();
        this.title = details.title().strip();
        this.summary = Text.blankToNull(details.summary());
        this.kind = details.kind();
        this.topics = new ArrayList<>(topics);
        this.url = details.url().strip();
        this.publishedAt = publishedAt;
    }

    Resource(ResourceId id, PublishResource details, List<Topic> topics, Instant publishedAt, EventId eventId) {
        this(id, details, topics, publishedAt);
        this.eventId = eventId.value();
    }

    /** The event this came from, or null. */
    public EventId eventId() {
        return eventId == null ? null : new EventId(eventId);
    }

    public ResourceId id() {
        return new ResourceId(id);
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ResourceKind kind() {
        return kind;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    public String url() {
        return url;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
