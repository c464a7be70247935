package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.LibrarySuggestions;
import uk.cmlnetwork.library.SuggestionId;
import uk.cmlnetwork.library.SuggestionStatus;

public class JpaLibrarySuggestions implements LibrarySuggestions {
    private final EntityManager em;

    public JpaLibrarySuggestions(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(LibrarySuggestion suggestion) {
        em.persist(suggestion);
    }

    @Override
    public Optional<LibrarySuggestion> find(SuggestionId id) {
        return Optional.ofNullable(em.find(LibrarySuggestion.class, id.value()));
    }

    @Override
    public List<LibrarySuggestion> waiting() {
        return em.createQuery("select s from LibrarySuggestion s where s.status = :waiting order by s.suggestedAt, s.id",
                        LibrarySuggestion.class)
                .setParameter("waiting", SuggestionStatus.WAITING)
                .getResultList();
    }

    @Override
    public List<LibrarySuggestion> waitingAbout(LibraryId library) {
        return em.createQuery("select s from LibrarySuggestion s where s.status = :waiting and s.libraryId = :library"
                        + " order by s.suggestedAt, s.id", LibrarySuggestion.class)
                .setParameter("waiting", SuggestionStatus.WAITING)
                .setParameter("library", library.value())
                .getResultList();
    }

    @Override
    public List<LibrarySuggestion> madeBy(String memberId) {
        return em.createQuery("select s from LibrarySuggestion s where s.suggestedBy = :member", LibrarySuggestion.class)
                .setParameter("member", memberId)
                .getResultList();
    }
}
