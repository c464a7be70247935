package uk.cmlnetwork.jpa;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.BookingStatus;
import uk.cmlnetwork.event.DueReminder;
import uk.cmlnetwork.event.EventStatus;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.event.ReminderSent;
import uk.cmlnetwork.event.Reminders;

public class JpaReminders implements Reminders {
    private final EntityManager em;

    public JpaReminders(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DueReminder> placesAtEventsStarting(Instant from, Instant to) {
        return em.createQuery("select b, e from Booking b, NetworkEvent e where e.id = b.eventId and b.status = :confirmed"
                        + " and e.status = :published and e.startsAt > :from and e.startsAt <= :to order by e.startsAt, b.id",
                        Object[].class)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("published", EventStatus.PUBLISHED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream()
                .map(row -> new DueReminder((Booking) row[0], (NetworkEvent) row[1], null)).toList();
    }

    @Override
    public Set<String> sentAmong(List<String> keys) {
        Set<String> sent = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            sent.addAll(em.createQuery("select r.key from ReminderSent r where r.key in :keys", String.class)
                    .setParameter("keys", InList.padded(chunk)).getResultList());
        }
        return sent;
    }

    @Override
    public void store(ReminderSent sent) {
        em.persist(sent);
    }
}
