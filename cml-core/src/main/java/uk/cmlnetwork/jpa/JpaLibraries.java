package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.Libraries;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;

public class JpaLibraries implements Libraries {
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
        return Optional.ofNullable(em.find(Library.class, id.value()));
    }

    @Override
    public List<Library> all() {
        return em.createQuery("select l from Library l order by l.name, l.id", Library.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(l) from Library l", Long.class).getSingleResult();
    }
}
