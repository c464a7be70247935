package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member's answer to a question, and how many members said it helped. */
@Entity
@Table(name = "answer")
public class Answer {
    /** How an answer or question is named once its writer erased their account. */
    public static final String FORMER_MEMBER = "A former member";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    /** The member who answered (null once they erased their account). */
    @Column(name = "author_id", length = 36)
    private String authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "helped_count", nullable = false)
    private int helpedCount;

    /** When its author or a coordinator last changed it; null if never. */
    @Column(name = "edited_at")
    private Instant editedAt;

    @Embedded
    private Moderation moderation = new Moderation();

    @Version
    @Column(name = "version")
    private long version;

    protected Answer() {
    }

    Answer(AnswerId id, QuestionId question, String authorId, String authorName, String body, String bodyHtml,
           Instant answeredAt) {
        this.id = id.value();
        this.questionId = question.value();
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.answeredAt = answeredAt;
    }

    public Visibility visibility() {
        return moderation.visibility();
    }

    Moderation moderation() {
        return moderation;
    }

    void edit(String body, String bodyHtml, Instant now) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.editedAt = now;
    }

    /** Its question was a duplicate, merged into the question kept. */
    void moveTo(QuestionId kept) {
        this.questionId = kept.value();
    }

    public Instant editedAt() {
        return editedAt;
    }

    void helped() {
        helpedCount++;
    }

    public AnswerId id() {
        return new AnswerId(id);
    }

    public QuestionId questionId() {
        return new QuestionId(questionId);
    }

    public boolean isWrittenBy(String memberId) {
        return authorId != null && authorId.equals(memberId);
    }

    /** The member who answered, or null once they erased their account. */
    public String authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public int helpedCount() {
        return helpedCount;
    }
}
