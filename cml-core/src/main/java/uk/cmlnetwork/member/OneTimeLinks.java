package uk.cmlnetwork.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** Makes and checks the secrets of emailed one-time links. */
final class OneTimeLinks {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MemberTokens tokens;

    OneTimeLinks(MemberTokens tokens) {
        this.tokens = tokens;
    }

    /** A new secret for the member; only its hash is stored. */
    String issue(MemberId member, TokenPurpose purpose, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
