package uk.cmlnetwork.shared;

import java.util.Optional;

/** Where the site's own secrets are kept. */
public interface SiteKeys {
    Optional<SiteKey> find(String name);

    void store(SiteKey key);
}
