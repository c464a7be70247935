package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The reply address of one notification about a question, sent to one member: a reply to it becomes
 * that member's answer to that question. Its key is the secret part of the address.
 */
@Entity
@Table(name = "reply_address")
public class ReplyAddress {
    @Id
    @Column(name = "token", length = 40)
    private String token;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReplyAddress() {
    }

    ReplyAddress(String token, String memberId, QuestionId question, Instant createdAt) {
        this.token = token;
        this.memberId = memberId;
        this.questionId = question.value();
        this.createdAt = createdAt;
    }

    public String token() {
        return token;
    }

    String memberId() {
        return memberId;
    }

    QuestionId questionId() {
        return new QuestionId(questionId);
    }
}
