package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import uk.cmlnetwork.library.LegalForm;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;

/**
 * A question a member asked the network, with the situation of their library when they asked (if they
 * attached it), how many answers it has and which one solved it.
 */
@Entity
@Table(name = "question")
public class Question {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The member who asked (null once they erased their account). */
    @Column(name = "asker_id", length = 36)
    private String askerId;

    @Column(name = "asker_name", nullable = false, length = 200)
    private String askerName;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "question_topic",
            joinColumns = @JoinColumn(name = "question_id", referencedColumnName = "id"),
            inverseJoinColumns = @JoinColumn(name = "topic_code", referencedColumnName = "code"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "management_type", length = 10)
    private ManagementType managementType;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 30)
    private LibraryStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 40)
    private LegalForm legalForm;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(name = "solution_id", length = 36)
    private String solutionId;

    /** When the asker made it public (it had been solved); null while only members see it. */
    @Column(name = "public_since")
    private Instant publicSince;

    /** When its first answer was shown: the asker is reminded to mark a solution a week later. */
    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    /** When the asker was reminded to mark a solution (once). */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** When its solution was marked; null while unsolved. */
    @Column(name = "solved_at")
    private Instant solvedAt;

    /** The resource a coordinator made of it once solved, or null. */
    @Column(name = "resource_id", length = 36)
    private String resourceId;

    /** When a coordinator closed it to new answers; null while open. */
    @Column(name = "locked_at")
    private Instant lockedAt;

    /** The question a coordinator kept when they merged this duplicate into it; null otherwise. */
    @Column(name = "merged_into", length = 36)
    private String mergedInto;

    /** When its asker or a coordinator last changed it; null if never. */
    @Column(name = "edited_at")
    private Instant editedAt;

    @Embedded
    private Moderation moderation = new Moderation();

    @Version
    @Column(name = "version")
    private long version;

    protected Question() {
    }

    Question(QuestionId id, String askerId, String askerName, AskQuestion asked, String bodyHtml, List<Topic> topics,
             LibrarySituation situation, Instant askedAt) {
        this.id = id.value();
        this.askerId = askerId;
        this.askerName = askerName;
        this.title = asked.title().strip();
        this.body = asked.body();
        this.bodyHtml = bodyHtml;
        this.topics = new ArrayList<>(topics);
        if (situation != null) {
            this.managementType = situation.managementType();
            this.stage = situation.stage();
            this.region = situation.region();
            this.legalForm = situation.legalForm();
        }
        this.askedAt = askedAt;
    }

    public Visibility visibility() {
        return moderation.visibility();
    }

    Moderation moderation() {
        return moderation;
    }

    /** How many of its answers are shown. */
    void answersShown(int count, Instant now) {
        answerCount = count;
        if (count > 0 && firstAnswerAt == null) {
            firstAnswerAt = now;
        }
    }

    void edit(AskQuestion edited, String bodyHtml, List<Topic> topics, Instant now) {
        this.title = edited.title().strip();
        this.body = edited.body();
        this.bodyHtml = bodyHtml;
        this.topics = new ArrayList<>(topics);
        this.editedAt = now;
    }

    void lock(Instant now) {
        lockedAt = now;
    }

    void unlock() {
        lockedAt = null;
    }

    /** This duplicate now points to the kept question, and takes no more answers. */
    void mergeInto(QuestionId kept, Instant now) {
        mergedInto = kept.value();
        lockedAt = now;
    }

    /** Takes over the duplicate's solution, if it has none of its own. */
    void takeSolutionOf(Question duplicate) {
        if (solutionId == null && duplicate.solutionId != null) {
            solutionId = duplicate.solutionId;
            solvedAt = duplicate.solvedAt;
        }
        duplicate.solutionId = null;
    }

    /** Whether it takes new answers: not once a coordinator locked it or merged it into another. */
    public boolean isLocked() {
        return lockedAt != null;
    }

    /** The question this duplicate was merged into, or null. */
    public QuestionId mergedInto() {
        return mergedInto == null ? null : new QuestionId(mergedInto);
    }

    public Instant editedAt() {
        return editedAt;
    }

    void makePublic(Instant now) {
        if (publicSince == null) {
            publicSince = now;
        }
    }

    /** Whether anyone, signed in or not, may read it. */
    public boolean isPublic() {
        return publicSince != null && visibility() == Visibility.SHOWN;
    }

    void solvedBy(AnswerId answer, Instant now) {
        solutionId = answer.value();
        solvedAt = now;
    }

    void madeInto(String resource) {
        resourceId = resource;
    }

    /** The resource made of it, or null. */
    public String resourceId() {
        return resourceId;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    public QuestionId id() {
        return new QuestionId(id);
    }

    /** The member who asked, or null once they erased their account. */
    public String askerId() {
        return askerId;
    }

    public boolean isAskedBy(String memberId) {
        return askerId != null && askerId.equals(memberId);
    }

    public String askerName() {
        return askerName;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    /** The asker's library as it was when they asked, or null if they did not attach it. */
    public LibrarySituation situation() {
        return managementType == null && stage == null && region == null && legalForm == null ? null
                : new LibrarySituation(managementType, stage, region, legalForm);
    }

    public Instant askedAt() {
        return askedAt;
    }

    public int answerCount() {
        return answerCount;
    }

    public boolean isSolved() {
        return solutionId != null;
    }

    public AnswerId solution() {
        return solutionId == null ? null : new AnswerId(solutionId);
    }
}
