package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member follows a question or a topic, to hear of what happens there. The key is what is followed
 * and who follows it, so a member follows each once.
 */
@Entity
@Table(name = "advice_follow")
public class Follow {
    @Id
    @Column(name = "follow_key", length = 120)
    private String key;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "question_id", length = 36)
    private String questionId;

    @Column(name = "topic_code", length = 60)
    private String topicCode;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected Follow() {
    }

    private Follow(String key, String memberId, String questionId, String topicCode, Instant followedAt) {
        this.key = key;
        this.memberId = memberId;
        this.questionId = questionId;
        this.topicCode = topicCode;
        this.followedAt = followedAt;
    }

    static Follow ofQuestion(String memberId, QuestionId question, Instant at) {
        return new Follow(questionKey(memberId, question), memberId, question.value(), null, at);
    }

    static Follow ofTopic(String memberId, String topicCode, Instant at) {
        return new Follow(topicKey(memberId, topicCode), memberId, null, topicCode, at);
    }

    static String questionKey(String memberId, QuestionId question) {
        return "q:" + question.value() + ":" + memberId;
    }

    static String topicKey(String memberId, String topicCode) {
        return "t:" + topicCode + ":" + memberId;
    }
}
