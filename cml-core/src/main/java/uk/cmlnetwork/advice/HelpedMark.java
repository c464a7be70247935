package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member said one answer helped: the key is both, so each member says it once. */
@Entity
@Table(name = "answer_helped")
public class HelpedMark {
    @Id
    @Column(name = "mark_key", length = 80)
    private String key;

    @Column(name = "answer_id", nullable = false, length = 36)
    private String answerId;

    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected HelpedMark() {
    }

    HelpedMark(AnswerId answer, String memberId, Instant markedAt) {
        this.key = answer.value() + ":" + memberId;
        this.answerId = answer.value();
        this.memberId = memberId;
        this.markedAt = markedAt;
    }

    String key() {
        return key;
    }
}
