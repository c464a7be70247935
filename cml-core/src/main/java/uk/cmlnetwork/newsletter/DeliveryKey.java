package uk.cmlnetwork.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One issue to one subscriber: the primary key, so the database itself allows one copy each. */
@Embeddable
public class DeliveryKey implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "issue_id", length = 36)
    private String issueId;

    @Column(name = "subscriber_id", length = 36)
    private String subscriberId;

    protected DeliveryKey() {
    }

    public DeliveryKey(String issueId, String subscriberId) {
        this.issueId = issueId;
        this.subscriberId = subscriberId;
    }

    public String issueId() {
        return issueId;
    }

    public String subscriberId() {
        return subscriberId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveryKey key && key.issueId.equals(issueId) && key.subscriberId.equals(subscriberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issueId, subscriberId);
    }

    @Override
    public String toString() {
        return issueId + "/" + subscriberId;
    }
}
