package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.cmlnetwork.shared.Secrets;
import uk.cmlnetwork.web.setup.Settings;

/** Recognises the booking desk's key in an Authorization header, comparing in constant time. */
@ApplicationScoped
public class BookingDesk {
    private static final String BEARER = "Bearer ";

    @Inject
    Settings settings;

    // The set key's hash, worked out again only when the key changes (it was a hash per request).
    private volatile KeyHash keyHash = new KeyHash("", "");

    private record KeyHash(String key, String hash) {
    }

    public boolean isBookingDesk(String authorization) {
        String key = settings.bookingDeskKey();
        if (key.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        String offered = authorization.substring(BEARER.length()).strip();
        return Secrets.matches(offered, hashOf(key));
    }

    private String hashOf(String key) {
        KeyHash known = keyHash;
        if (!known.key().equals(key)) {
            known = new KeyHash(key, Secrets.hash(key));
            keyHash = known;
        }
        return known.hash();
    }
}
