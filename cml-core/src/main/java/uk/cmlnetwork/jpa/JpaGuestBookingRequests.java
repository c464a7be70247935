package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import uk.cmlnetwork.event.GuestBookingRequest;
import uk.cmlnetwork.event.GuestBookingRequests;

public class JpaGuestBookingRequests implements GuestBookingRequests {
    private final EntityManager em;

    public JpaGuestBookingRequests(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(GuestBookingRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<GuestBookingRequest> findByTokenHash(String tokenHash) {
        return Optional.ofNullable(em.find(GuestBookingRequest.class, tokenHash));
    }

    @Override
    public void deleteAllFor(String email) {
        em.createQuery("delete from GuestBookingRequest g where g.email = :email")
                .setParameter("email", email)
                .executeUpdate();
    }
}
