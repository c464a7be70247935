package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
        // Inserted at the commit (or the next flush), so that bookings saved together go to the database
        // in one batch. A second booking for the same email is refused there, by the unique constraint.
        em.persist(booking);
    }

    @Override
    public Optional<BookingSituation> situation(EventId eventId, String email) {
        // The query does not flush this transaction's new bookings first (that would cost a round trip per
        // booking when several are saved together). If two of them are for the same email, the unique
        // constraint refuses the transaction at commit, and asked again on its own the second finds the first.
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
                        + " b.email = concat('deleted-', concat(b.id, '@invalid')), b.confirmationDueAt = null,"
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
    public List<Booking> confirmationsDue(Instant now, int max) {
        return em.createQuery("select b from Booking b where b.confirmationDueAt <= :now"
                        + " order by b.confirmationDueAt, b.id", Booking.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    // In SQL rather than JPQL: EclipseLink's JPQL update also raises the version of a versioned entity,
    // and someone cancelling their booking at that moment would be refused for holding an old copy.
    @Override
    public void confirmationsSent(List<BookingId> ids) {
        List<String> values = InList.padded(ids.stream().map(BookingId::value).toList());
        Query sent = em.createNativeQuery("update booking set confirmation_due_at = null where id in ("
                + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
        for (int i = 0; i < values.size(); i++) {
            sent.setParameter(i + 1, values.get(i));
        }
        sent.executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
