package uk.cmlnetwork.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A yes or no the member gave, when, and the exact wording they were shown. */
@Embeddable
public class Consent {
    @Column(name = "given")
    private boolean given;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "wording", length = 500)
    private String wording;

    protected Consent() {
    }

    Consent(boolean given, Instant recordedAt, String wording) {
        this.given = given;
        this.recordedAt = recordedAt;
        this.wording = wording;
    }

    static Consent notAsked() {
        return new Consent(false, null, null);
    }

    public boolean isGiven() {
        return given;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String wording() {
        return wording;
    }
}
