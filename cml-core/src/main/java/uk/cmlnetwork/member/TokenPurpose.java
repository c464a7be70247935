package uk.cmlnetwork.member;

import java.time.Duration;

/** What an emailed link is for, and how long it works. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    /** Sent to the new address a member asked to use. */
    CHANGE_EMAIL(Duration.ofHours(48));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
