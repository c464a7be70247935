package uk.cmlnetwork.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A one-time link sent by email. Only a hash of the secret is stored, so a copy of the database
 * cannot be used to confirm an account or reset a password.
 */
@Entity
@Table(name = "member_token")
public class MemberToken {
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "member_id", nullable = false, length = 36)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected MemberToken() {
    }

    MemberToken(String tokenHash, MemberId member, TokenPurpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.memberId = member.value();
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    boolean isUsableFor(TokenPurpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    MemberId memberId() {
        return new MemberId(memberId);
    }

    TokenPurpose purpose() {
        return purpose;
    }
}
