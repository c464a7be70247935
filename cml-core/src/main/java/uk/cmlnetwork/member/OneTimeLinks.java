package uk.cmlnetwork.member;

import java.time.Instant;
import uk.cmlnetwork.shared.Secrets;

/** Makes and checks the secrets of emailed one-time links. */
final class OneTimeLinks {
    private final MemberTokens tokens;

    OneTimeLinks(MemberTokens tokens) {
        this.tokens = tokens;
    }

    /** A new secret for the member; only its hash is stored. */
    String issue(MemberId member, TokenPurpose purpose, Instant now) {
        String token = Secrets.newSecret();
        tokens.store(new MemberToken(hash(token), member, purpose, now.plus(purpose.lifetime())));
        return token;
    }

    /** Uses up the link and says whose it was; refuses an unknown, expired or used one. */
    MemberId redeem(String token, TokenPurpose purpose, Instant now, String what) {
        MemberToken found = token == null || token.isBlank() ? null : tokens.findByHash(hash(token)).orElse(null);
        if (found == null || !found.isUsableFor(purpose, now)) {
            throw new InvalidLink(what);
        }
        found.use(now);
        return found.memberId();
    }

    void useAll(MemberId member, TokenPurpose purpose, Instant now) {
        tokens.useAllFor(member, purpose, now);
    }

    static String hash(String token) {
        return Secrets.hash(token);
    }
}
