package uk.cmlnetwork.member;

import java.time.Instant;
import java.util.Optional;

public interface MemberTokens {
    void store(MemberToken token);

    Optional<MemberToken> findByHash(String tokenHash);

    /** Makes every unused link of this purpose for the member stop working (e.g. after a reset). */
    void useAllFor(MemberId member, TokenPurpose purpose, Instant now);
}
