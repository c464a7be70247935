package uk.cmlnetwork.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.Topic;

/** A guest post by a member about their library's experience, from draft to published. */
@Entity
@Table(name = "post")
public class Post {
    /** How a post is named once its writer erased their account. */
    public static final String FORMER_MEMBER = "A former member";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The member who wrote it (null once they erased their account). */
    @Column(name = "writer_id", length = 36)
    private String writerId;

    @Column(name = "byline", nullable = false, length = 120)
    private String byline;

    @Column(name = "library_id", length = 36)
    private String libraryId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    /** What the member wrote, in Markdown. */
    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    /** The body as sanitised HTML, made when it was saved. */
    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "post_topic",
            joinColumns = @JoinColumn(name = "post_id", referencedColumnName = "id"),
            inverseJoinColumns = @JoinColumn(name = "topic_code", referencedColumnName = "code"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PostStatus status;

    /** The reviewer's words to the writer: what to change, or why it was not accepted. */
    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When it was first published; kept when an edited post is approved again. */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Post() {
    }

    Post(PostId id, String writerId, WritePost text, String bodyHtml, List<Topic> topics, Instant now) {
        this.id = id.value();
        this.writerId = writerId;
        this.status = PostStatus.DRAFT;
        this.createdAt = now;
        take(text, bodyHtml, topics, now);
    }

    private void take(WritePost text, String html, List<Topic> chosen, Instant now) {
        this.title = text.title().strip();
        this.byline = text.byline().strip();
        this.libraryId = text.library() == null ? null : text.library().value();
        this.body = text.body();
        this.bodyHtml = html;
        this.topics = new ArrayList<>(chosen);
        this.updatedAt = now;
    }

    /** The writer changes it; a published post goes back to review and is not shown until approved again. */
    void edit(WritePost text, String html, List<Topic> chosen, Instant now) {
        if (status == PostStatus.REJECTED) {
            throw new DomainException("This post was not accepted, so it cannot be changed: write a new post instead");
        }
        take(text, html, chosen, now);
        if (status == PostStatus.PUBLISHED) {
            status = PostStatus.IN_REVIEW;
            submittedAt = now;
            reviewComment = null;
        }
    }

    void submit(Instant now) {
        if (status != PostStatus.DRAFT && status != PostStatus.CHANGES_ASKED) {
            throw new DomainException("This post is " + status.label().toLowerCase() + ": only a draft, or a post"
                    + " with changes asked for, can be sent for review");
        }
        status = PostStatus.IN_REVIEW;
        submittedAt = now;
    }

    void approve(Instant now) {
        mustBeInReview();
        status = PostStatus.PUBLISHED;
        reviewComment = null;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    void askForChanges(String comment) {
        mustBeInReview();
        status = PostStatus.CHANGES_ASKED;
        reviewComment = comment.strip();
    }

    void reject(String comment) {
        mustBeInReview();
        status = PostStatus.REJECTED;
        reviewComment = comment.strip();
    }

    private void mustBeInReview() {
        if (status != PostStatus.IN_REVIEW) {
            throw new DomainException("This post is " + status.label().toLowerCase() + ", not waiting for review");
        }
    }

    /** The writer erased their account: the post no longer names them. */
    void forgetWriter() {
        writerId = null;
        byline = FORMER_MEMBER;
    }

    public boolean isWrittenBy(String memberId) {
        return writerId != null && writerId.equals(memberId);
    }

    public PostId id() {
        return new PostId(id);
    }

    public String writerId() {
        return writerId;
    }

    public String byline() {
        return byline;
    }

    public LibraryId libraryId() {
        return libraryId == null ? null : new LibraryId(libraryId);
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    /** Safe to put in a page as it is: made by {@link PostText}. */
    public String bodyHtml() {
        return bodyHtml;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    public PostStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
