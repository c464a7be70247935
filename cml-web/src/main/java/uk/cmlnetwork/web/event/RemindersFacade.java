package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.DueReminder;
import uk.cmlnetwork.event.EventReminders;

/**
 * Reminders to those with a place. Each is sent in a transaction of its own that records it and puts the
 * email in the outbox together: a second server (or the same one again) sending it is refused by the
 * reminder's key, and its transaction, email and all, rolls back.
 */
@ApplicationScoped
public class RemindersFacade {
    @Inject
    EventReminders reminders;

    @Inject
    BookingMail mail;

    @Transactional
    public List<DueReminder> due() {
        return reminders.due();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(DueReminder reminder) {
        reminders.recordSent(reminder);
        mail.reminder(reminder.booking(), reminder.event(), reminder.kind());
    }
}
