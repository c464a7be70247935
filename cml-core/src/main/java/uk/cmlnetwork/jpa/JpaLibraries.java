package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cmlnetwork.library.DirectoryCount;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.Location;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.Region;

public class JpaLibraries implements Libraries {
    private static final List<ManagementType> COMMUNITY_MANAGED = List.of(ManagementType.CRL, ManagementType.ICL);
    private static final List<ManagementType> CLOSED = List.of(ManagementType.XL, ManagementType.XLR, ManagementType.XLT);

    private final EntityManager em;

    public JpaLibraries(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Library library) {
        em.persist(library);
    }

    @Override
    public Optional<Library> find(LibraryId id) {
        Library library = em.find(Library.class, id.value());
        if (library != null) {
            library.outcomes().size(); // read now: the page shows them after the transaction
        }
        return Optional.ofNullable(library);
    }

    @Override
    public List<Library> all() {
        return em.createQuery("select l from Library l order by l.name, l.id", Library.class).getResultList();
    }

    @Override
    public List<Library> communityManaged() {
        return em.createQuery("select l from Library l where l.managementType in :types order by l.name, l.id",
                        Library.class)
                .setParameter("types", COMMUNITY_MANAGED)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(l) from Library l", Long.class).getSingleResult();
    }

    @Override
    public List<Library> importedFrom(String keyPrefix) {
        return em.createQuery("select l from Library l where l.sourceKey like :prefix", Library.class)
                .setParameter("prefix", keyPrefix.replace("%", "") + "%")
                .getResultList();
    }

    @Override
    public DirectoryPage search(DirectorySearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Library> query = cb.createQuery(Library.class);
        Root<Library> library = query.from(Library.class);
        query.select(library).where(conditions(cb, query, library, search)).orderBy(order(cb, library, search.sort()));
        TypedQuery<Library> page = em.createQuery(query)
                .setFirstResult(search.firstResult())
                .setMaxResults(search.pageSize())
                // The outcomes of the whole page in one more query, not one per library.
                .setHint("eclipselink.batch", "l.outcomes")
                .setHint("eclipselink.batch.type", "IN");
        CriteriaQuery<Long> counting = cb.createQuery(Long.class);
        Root<Library> counted = counting.from(Library.class);
        counting.select(cb.count(counted)).where(conditions(cb, counting, counted, search));
        return new DirectoryPage(page.getResultList(), em.createQuery(counting).getSingleResult(), search.page(),
                search.pageSize());
    }

    private static Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Library> l, DirectorySearch s) {
        List<Predicate> all = new ArrayList<>();
        if (s.text() != null && !s.text().isBlank()) {
            String words = s.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            String like = "%" + words + "%";
            all.add(cb.like(l.get("searchText"), like)); // name, address, authority and postcode, lower case
        }
        if (s.type() != null) {
            all.add(cb.equal(l.get("managementType"), s.type()));
        }
        if (s.communityManagedOnly()) {
            all.add(l.get("managementType").in(COMMUNITY_MANAGED));
        }
        if (s.region() != null) {
            all.add(cb.equal(l.get("region"), s.region()));
        }
        if (s.authority() != null && !s.authority().isBlank()) {
            all.add(cb.equal(l.get("localAuthority"), s.authority().strip()));
        }
        if (s.stage() != null) {
            all.add(cb.equal(l.get("stage"), s.stage()));
        }
        if (s.outcome() != null) {
            Join<Library, ?> outcome = l.join("outcomes");
            all.add(cb.equal(outcome, s.outcome()));
        }
        if (s.status() == DirectorySearch.OpenOrClosed.OPEN) {
            all.add(cb.not(l.get("managementType").in(CLOSED)));
        } else if (s.status() == DirectorySearch.OpenOrClosed.CLOSED) {
            all.add(l.get("managementType").in(CLOSED));
        }
        return all.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Library> l, DirectorySearch.Sort sort) {
        Expression<?> first = switch (sort) {
            case AUTHORITY -> l.get("localAuthority");
            case REGION -> l.get("region");
            case TYPE -> l.get("managementType");
            case NAME -> l.get("name");
        };
        return List.of(cb.asc(first), cb.asc(l.get("name")), cb.asc(l.get("id")));
    }

    @Override
    public List<Library> locatedWithin(double south, double north, double west, double east, boolean communityManagedOnly) {
        String onlyCommunity = communityManagedOnly ? " and l.managementType in :types" : "";
        TypedQuery<Library> query = em.createQuery("select l from Library l where l.location.latitude between :south and :north"
                        + " and l.location.longitude between :west and :east" + onlyCommunity, Library.class)
                .setParameter("south", south).setParameter("north", north)
                .setParameter("west", west).setParameter("east", east);
        if (communityManagedOnly) {
            query.setParameter("types", COMMUNITY_MANAGED);
        }
        return query.getResultList();
    }

    @Override
    public List<Location> locationsAtPostcode(String postcodeStart) {
        return em.createQuery("select l.location from Library l where l.postcode like :postcode"
                        + " and l.location.latitude is not null", Location.class)
                .setParameter("postcode", postcodeStart.replace("%", "") + "%")
                .getResultList();
    }

    @Override
    public List<DirectoryCount> countsByTypeAndRegion() {
        return em.createQuery("select l.managementType, l.region, count(l) from Library l"
                        + " group by l.managementType, l.region", Object[].class)
                .getResultList().stream()
                .map(row -> new DirectoryCount((ManagementType) row[0], (Region) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<String> authorities() {
        return em.createQuery("select distinct l.localAuthority from Library l where l.localAuthority is not null"
                        + " order by l.localAuthority", String.class)
                .getResultList();
    }
}
