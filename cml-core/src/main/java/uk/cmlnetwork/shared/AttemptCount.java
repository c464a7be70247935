package uk.cmlnetwork.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How many times something was tried lately under one key (a sign-in to one account from one
 * address, emails to one address...), kept in the database so that every server counts together.
 */
@Entity
@Table(name = "attempt_count")
public class AttemptCount {
    @Id
    @Column(name = "attempt_key", length = 400)
    private String key;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "first_at", nullable = false)
    private Instant firstAt;

    @Column(name = "previous_at")
    private Instant previousAt;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    protected AttemptCount() {
    }

    /** The first attempt under this key. */
    public AttemptCount(String key, Instant now) {
        this.key = key;
        this.attempts = 1;
        this.firstAt = now;
        this.lastAt = now;
    }

    /** How many attempts, this one included, since the count began. */
    public int attempts() {
        return attempts;
    }

    /** When the count began (the first attempt after a quiet window). */
    public Instant firstAt() {
        return firstAt;
    }

    /** When the attempt before this one was made (none for the first). */
    public Instant previousAt() {
        return previousAt;
    }
}
