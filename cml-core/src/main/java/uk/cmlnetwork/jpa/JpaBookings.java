package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.event.AlreadyBooked;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.event.BookingSituation;
import uk.cmlnetwork.event.BookingStatus;
import uk.cmlnetwork.event.Bookings;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.Member;

public class JpaBookings implements Bookings {
    private final EntityManager em;

    public JpaBookings(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Booking booking) {
        em.persist(booking);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraint.wasBroken(e)) {
                throw new AlreadyBooked();
            }
            throw e;
        }
    }

    @Override
    public Optional<BookingSituation> situation(EventId eventId, String email) {
        List<Object[]> rows = em.createNamedQuery(Booking.SITUATION, Object[].class)
                .setParameter("event", eventId.value())
                .setParameter("email", email)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // One row: the event's id, a booking's event and email, and an account's email are each unique.
        Object[] row = rows.get(0);
        return Optional.of(new BookingSituation((NetworkEvent) row[0], Optional.ofNullable((Booking) row[1]),
                Optional.ofNullable((Member) row[2])));
    }

    @Override
    public List<Booking> forEmail(String email) {
        return em.createQuery("select b from Booking b where b.email = :email order by b.bookedAt, b.id", Booking.class)
                .setParameter("email", email)
                .getResultList();
    }

    @Override
    public void anonymiseAllFor(String email) {
        em.createQuery("update Booking b set b.attendeeName = 'Deleted member',"
                        + " b.email = concat('deleted-', concat(b.id, '@invalid')),"
                        + " b.version = b.version + 1"
                        + " where b.email = :email")
                .setParameter("email", email)
                .executeUpdate();
    }

    @Override
    public List<Booking> forEvent(EventId eventId) {
        return em.createQuery("select b from Booking b where b.eventId = :event order by b.bookedAt, b.id", Booking.class)
                .setParameter("event", eventId.value())
                .getResultList();
    }

    @Override
    public Optional<Booking> find(BookingId id) {
        return Optional.ofNullable(em.find(Booking.class, id.value()));
    }

    @Override
    public Optional<Booking> firstWaiting(EventId eventId) {
        return em.createQuery("select b from Booking b where b.eventId = :event and b.status = :waiting"
                        + " order by b.waitlistPosition", Booking.class)
                .setParameter("event", eventId.value())
                .setParameter("waiting", BookingStatus.WAITLISTED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
