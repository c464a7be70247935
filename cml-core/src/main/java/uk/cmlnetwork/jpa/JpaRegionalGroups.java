package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.shared.GroupRegion;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.shared.RegionalGroups;

public class JpaRegionalGroups implements RegionalGroups {
    private final EntityManager em;

    public JpaRegionalGroups(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RegionalGroup> all() {
        return em.createQuery("select g from RegionalGroup g order by g.position, g.code", RegionalGroup.class).getResultList();
    }

    @Override
    public Optional<RegionalGroup> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(RegionalGroup.class, code));
    }

    @Override
    public List<GroupRegion> regions() {
        return em.createQuery("select r from GroupRegion r", GroupRegion.class).getResultList();
    }

    @Override
    public void store(RegionalGroup group) {
        em.persist(group);
    }

    @Override
    public void store(GroupRegion region) {
        em.persist(region);
    }
}
