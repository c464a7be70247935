package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import uk.cmlnetwork.shared.SiteKey;
import uk.cmlnetwork.shared.SiteKeys;

public class JpaSiteKeys implements SiteKeys {
    private final EntityManager em;

    public JpaSiteKeys(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SiteKey> find(String name) {
        return Optional.ofNullable(em.find(SiteKey.class, name));
    }

    @Override
    public void store(SiteKey key) {
        em.persist(key);
        em.flush(); // two servers starting at once: the second fails here, on the key, and reads the first's
    }
}
