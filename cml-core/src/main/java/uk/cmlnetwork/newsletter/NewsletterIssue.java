package uk.cmlnetwork.newsletter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.cmlnetwork.shared.DomainException;

/** One month's newsletter: drafted from what is new, edited by a coordinator, then sent and archived. */
@Entity
@Table(name = "newsletter_issue")
public class NewsletterIssue {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    /** Plain text; a blank line starts a new paragraph. */
    @Lob
    @Column(name = "intro")
    private String intro;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "newsletter_item", joinColumns = @JoinColumn(name = "issue_id"))
    @OrderColumn(name = "position")
    private List<IssueItem> items = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private IssueStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** What "new" meant for the draft: news after this moment. */
    @Column(name = "news_since", nullable = false)
    private Instant newsSince;

    @Column(name = "send_started_at")
    private Instant sendStartedAt;

    @Column(name = "recipients")
    private Integer recipients;

    /** Set by earlier versions, when an issue's last copy had gone; the outbox now keeps each copy's progress. */
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected NewsletterIssue() {
    }

    NewsletterIssue(String title, String intro, List<IssueItem> items, Instant newsSince, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.title = title;
        this.intro = intro;
        this.items = new ArrayList<>(items);
        this.status = IssueStatus.DRAFT;
        this.newsSince = newsSince;
        this.createdAt = now;
    }

    void edit(EditIssue change) {
        requireDraft();
        this.title = change.title().strip();
        this.intro = change.intro() == null ? null : change.intro().strip();
        Set<Integer> kept = change.includedItems();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).include(kept.contains(i));
        }
    }

    /** Handed to the outbox for every subscriber: the copies' progress is the outbox's. */
    void sent(int recipients, Instant now) {
        requireDraft();
        this.status = IssueStatus.SENT;
        this.recipients = recipients;
        this.sendStartedAt = now;
    }

    private void requireDraft() {
        if (status != IssueStatus.DRAFT) {
            throw new DomainException("This issue has already been sent, so it cannot be changed");
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String intro() {
        return intro;
    }

    /** The intro's paragraphs (split at blank lines). */
    public List<String> introParagraphs() {
        return intro == null || intro.isBlank() ? List.of()
                : Arrays.stream(intro.strip().split("\\R\\s*\\R")).map(String::strip).toList();
    }

    /** Every item of the draft, in order, included or not. */
    public List<IssueItem> items() {
        return List.copyOf(items);
    }

    /** The items that go out, in order. */
    public List<IssueItem> includedItems() {
        return items.stream().filter(IssueItem::isIncluded).toList();
    }

    public List<IssueItem> includedIn(ItemSection section) {
        return items.stream().filter(i -> i.isIncluded() && i.section() == section).toList();
    }

    public IssueStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == IssueStatus.DRAFT;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant newsSince() {
        return newsSince;
    }

    public Instant sendStartedAt() {
        return sendStartedAt;
    }

    public int recipients() {
        return recipients == null ? 0 : recipients;
    }
}
