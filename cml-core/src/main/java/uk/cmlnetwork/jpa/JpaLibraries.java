package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.DirectoryCount;
import uk.cmlnetwork.library.DirectoryState;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryDatasetRecord;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.Location;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.ServicePoint;
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
    public List<Library> allWithOutcomes() {
        return em.createQuery("select l from Library l", Library.class)
                // The outcomes of every library in one more query, not one per library.
                .setHint("eclipselink.batch", "l.outcomes")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public DirectoryState state() {
        Object[] row = em.createQuery("select count(l), sum(l.version) from Library l", Object[].class).getSingleResult();
        return new DirectoryState(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
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
        // Headline counts are of static libraries: mobile, prison and archive points are not libraries here.
        return em.createQuery("select l.managementType, l.region, count(l) from Library l"
                        + " where l.servicePoint is null or l.servicePoint = :static"
                        + " group by l.managementType, l.region", Object[].class)
                .setParameter("static", ServicePoint.STATIC)
                .getResultList().stream()
                .map(row -> new DirectoryCount((ManagementType) row[0], (Region) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public void record(LibraryDatasetRecord record) {
        em.persist(record);
    }

    @Override
    public List<LibraryDatasetRecord> datasetRecords(LibraryId library) {
        return em.createQuery("select r from LibraryDatasetRecord r where r.libraryId = :library"
                + " order by r.recordedAt desc, r.line", LibraryDatasetRecord.class)
                .setParameter("library", library.value()).getResultList();
    }

    @Override
    public java.util.Map<String, String> saidBy(String dataset) {
        java.util.Map<String, String> said = new java.util.HashMap<>();
        em.createQuery("select r.libraryId, r.said from LibraryDatasetRecord r where r.dataset = :dataset"
                        + " order by r.recordedAt", Object[].class)
                .setParameter("dataset", dataset).getResultList()
                .forEach(row -> said.put((String) row[0], (String) row[1]));
        return said;
    }
}
