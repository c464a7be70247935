package uk.cmlnetwork.resource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.member.MemberCategory;
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

    /** The web address, or null when the resource is an uploaded file. */
    @Column(name = "url", length = 1000)
    private String url;

    @Embedded
    private StoredFile file;

    /** The Libraries Deliver outcomes it helps with. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_outcome", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private Set<Outcome> outcomes = new TreeSet<>();

    /** The member categories it is for; empty means everyone. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_audience", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    private Set<MemberCategory> audiences = new TreeSet<>();

    /** Only for funding opportunities. */
    @Embedded
    private Funding funding;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    /** The event this is the recording or a handout of, if any. */
    @Column(name = "event_id", length = 36)
    private String eventId;

    /**
     * Shown on the resources page and offered to the newsletter. An event's recording or handouts added
     * by someone other than a coordinator (a library's editor, for their meetup) show on the event's
     * page only, until a coordinator lists them. When it was put on the resources page; null while it is
     * on its event's page only.
     */
    @Column(name = "listed_at")
    private Instant listedAt;

    /** The solved question of Ask the network this resource was made from, or null. */
    @Column(name = "question_id", length = 36)
    private String questionId;

    @Version
    @Column(name = "version")
    private long version;

    protected Resource() {
    }

    /** @param file the uploaded file, or null for a web address */
    Resource(ResourceId id, PublishResource details, List<Topic> topics, Instant publishedAt, StoredFile file) {
        this.id = id.value();
        this.title = details.title().strip();
        this.summary = Text.blankToNull(details.summary());
        this.kind = details.kind();
        this.topics = new ArrayList<>(topics);
        this.url = details.url();
        this.file = file;
        this.outcomes = new TreeSet<>(details.outcomes());
        this.audiences = new TreeSet<>(details.audiences());
        this.eventId = details.eventId();
        this.funding = details.funding().isEmpty() ? null : new Funding(details.funding());
        this.publishedAt = publishedAt;
        this.listedAt = publishedAt;
    }

    /** New details; its file (if it was uploaded), event, question and publication date stay. */
    void change(PublishResource details, List<Topic> topics) {
        this.title = details.title().strip();
        this.summary = Text.blankToNull(details.summary());
        this.kind = details.kind();
        this.topics = new ArrayList<>(topics);
        this.url = details.url();
        this.outcomes = new TreeSet<>(details.outcomes());
        this.audiences = new TreeSet<>(details.audiences());
        this.funding = details.funding().isEmpty() ? null : new Funding(details.funding());
    }

    /** A resource made from a solved question: it links to the question, not to an address or a file. */
    static Resource fromQuestion(ResourceId id, String questionId, String title, String summary, List<Topic> topics,
                                 Instant publishedAt) {
        Resource resource = new Resource(id, new PublishResource(title, summary, ResourceKind.LINK, List.of(), null),
                topics, publishedAt, null);
        resource.questionId = questionId;
        return resource;
    }

    /** The solved question it was made from, or null. */
    public String questionId() {
        return questionId;
    }

    /** A funding opportunity whose closing date has passed. */
    public boolean isClosedOn(LocalDate day) {
        return funding != null && funding.isClosedOn(day);
    }

    public boolean isListed() {
        return listedAt != null;
    }

    void keepToItsEvent() {
        listedAt = null;
    }

    void list(Instant now) {
        if (listedAt == null) {
            listedAt = now;
        }
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

    /** The web address; null when the resource is an uploaded file. */
    public String url() {
        return url;
    }

    /** The uploaded file, or null. */
    public StoredFile file() {
        return file;
    }

    public Set<Outcome> outcomes() {
        return Collections.unmodifiableSet(outcomes);
    }

    public Set<MemberCategory> audiences() {
        return Collections.unmodifiableSet(audiences);
    }

    /** Funder, amounts, eligibility and closing date; null unless this is a funding opportunity. */
    public Funding funding() {
        return funding;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
