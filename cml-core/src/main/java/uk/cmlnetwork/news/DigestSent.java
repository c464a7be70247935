package uk.cmlnetwork.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's daily or weekly email for one period went to the outbox. Its key is the member and the
 * period, so a second one for the same period cannot be saved, whichever server tries.
 */
@Entity
@Table(name = "digest_sent")
public class DigestSent {
    @Id
    @Column(name = "digest_key", length = 80)
    private String key;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Column(name = "period", nullable = false, length = 40)
    private String period;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected DigestSent() {
    }

    DigestSent(String memberId, String period, Instant sentAt) {
        this.key = memberId + ":" + period;
        this.memberId = memberId;
        this.period = period;
        this.sentAt = sentAt;
    }
}
