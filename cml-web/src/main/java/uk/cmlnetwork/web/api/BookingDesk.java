package uk.cmlnetwork.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import uk.cmlnetwork.shared.Secrets;
import uk.cmlnetwork.web.Settings;

/** Recognises the booking desk's key in an Authorization header, comparing in constant time. */
@ApplicationScoped
public class BookingDesk {
    private static final String BEARER = "Bearer ";

    @Inject
    Settings settings;

    // The set key's hash, worked out again only when the key changes (it was a hash per request).
    private volatile KeyHash keyHash = new KeyHash("", new byte[0]);

    private record KeyHash(String key, byte[] hash) {
    }

    public boolean isBookingDesk(String authorization) {
        String key = settings.bookingDeskKey();
        if (key.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        String offered = authorization.substring(BEARER.length()).strip();
        return MessageDigest.isEqual(Secrets.hash(offered).getBytes(StandardCharsets.US_ASCII), hashOf(key));
    }

    private byte[] hashOf(String key) {
        KeyHash known = keyHash;
        if (!known.key().equals(key)) {
            known = new KeyHash(key, Secrets.hash(key).getBytes(StandardCharsets.US_ASCII));
            keyHash = known;
        }
        return known.hash();
    }
}
