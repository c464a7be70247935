package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MemberSearch;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.library.LibraryId;

public class JpaMembers implements Members {
    private final EntityManager em;

    public JpaMembers(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Member member) {
        em.persist(member);
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(em.find(Member.class, id.value()));
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return em.createQuery("select m from MemberAccount m where m.email = :email", Member.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    // Only the conditions asked for go into the query, each as a bound parameter.
    @Override
    public List<Member> search(MemberSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Member> query = cb.createQuery(Member.class);
        Root<Member> m = query.from(Member.class);
        List<Predicate> where = new ArrayList<>();
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%";
            where.add(cb.or(cb.like(cb.lower(m.get("name")), like), cb.like(m.get("email"), like),
                    cb.like(cb.lower(m.get("organisation")), like)));
        }
        if (search.category() != null) {
            where.add(cb.equal(m.get("category"), search.category()));
        }
        if (search.region() != null) {
            where.add(cb.equal(m.get("region"), search.region()));
        }
        if (search.status() != null) {
            where.add(cb.equal(m.get("status"), search.status()));
        }
        if (search.listedOnly()) {
            where.add(cb.isTrue(m.get("directoryConsent").get("given")));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(m.get("name")), cb.asc(m.get("id")));
        return em.createQuery(query).getResultList();
    }

    @Override
    public List<Member> editorsOf(LibraryId library) {
        return em.createQuery("select m from MemberAccount m join m.editorOf e where e = :library"
                        + " order by m.name, m.id", Member.class)
                .setParameter("library", library.value())
                .getResultList();
    }

    @Override
    public List<Member> listedAt(LibraryId library) {
        return em.createQuery("select m from MemberAccount m where m.libraryId = :library and m.status = :active"
                        + " and m.directoryConsent.given = true order by m.name, m.id", Member.class)
                .setParameter("library", library.value())
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public List<Member> deciders() {
        return em.createQuery("select m from MemberAccount m where m.status = :active"
                        + " and (m.coordinator = true or m.coordinatesGroup is not null) order by m.name, m.id", Member.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Optional<Member> findByCalendarKey(String key) {
        return em.createQuery("select m from MemberAccount m where m.calendarKey = :key", Member.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public boolean anyCoordinator() {
        return em.createQuery("select count(m) from MemberAccount m where m.coordinator = true", Long.class)
                .getSingleResult() > 0;
    }
}
