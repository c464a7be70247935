package uk.cmlnetwork.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.cmlnetwork.shared.Secrets;

/**
 * Recognises a key from the server's settings in an {@code Authorization: Bearer ...} header, comparing in
 * constant time: the booking desk's key and the backup command's. An empty key is never matched.
 */
@ApplicationScoped
public class BearerKeys {
    private static final String BEARER = "Bearer ";

    // Each set key's hash, worked out once (a hash per request cost the booking desk's rate).
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public boolean matches(String authorization, String key) {
        if (key.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        String offered = authorization.substring(BEARER.length()).strip();
        return Secrets.matches(offered, hashes.computeIfAbsent(key, Secrets::hash));
    }
}
