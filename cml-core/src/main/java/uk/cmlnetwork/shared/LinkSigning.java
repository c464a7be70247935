package uk.cmlnetwork.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs what an emailed link names (a member's id, for their email choices), so the link works without
 * signing in and cannot be made for anyone else. The key is made once and kept in the database; every
 * server of the site signs and checks with it.
 */
public class LinkSigning {
    private static final String KEY = "links";

    private final SiteKeys keys;

    public LinkSigning(SiteKeys keys) {
        this.keys = keys;
    }

    /** Makes the key if the site has none yet (at start-up, before any link is signed). */
    public void ensureKey() {
        if (keys.find(KEY).isEmpty()) {
            keys.store(new SiteKey(KEY, Secrets.newSecret()));
        }
    }

    /** The signature of {@code value} for this purpose, safe in an address. */
    public String sign(String purpose, String value) {
        ensureKey();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.find(KEY).orElseThrow().secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((purpose + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is this value's for this purpose; compared in constant time. */
    public boolean verify(String purpose, String value, String signature) {
        if (value == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
