package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member reported a question or an answer to the coordinators: the key is both, so each member reports it once. */
@Entity
@Table(name = "advice_report")
public class Report {
    @Id
    @Column(name = "report_key", length = 80)
    private String key;

    @Column(name = "post_id", nullable = false, length = 36)
    private String postId;

    @Column(name = "member_id", length = 36)
    private String memberId;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected Report() {
    }

    Report(String postId, String memberId, Instant reportedAt) {
        this.key = postId + ":" + memberId;
        this.postId = postId;
        this.memberId = memberId;
        this.reportedAt = reportedAt;
    }

    String key() {
        return key;
    }
}
