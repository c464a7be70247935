package uk.cmlnetwork.web.background;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.news.DigestPeriod;
import uk.cmlnetwork.news.Frequency;
import uk.cmlnetwork.web.advice.AdviceFacade;
import uk.cmlnetwork.web.mail.EmailChoicesFacade;
import uk.cmlnetwork.web.setup.Settings;

/**
 * Members' news that is due: each member's daily and weekly email (from the set hour, once a period),
 * the one reminder to an asker a week after their question's first answer, and the reminders to those
 * with a place at an event (two days before, and on the day; each once per booking).
 */
@ApplicationScoped
public class DueNews {
    private static final Logger LOG = Logger.getLogger(DueNews.class.getName());

    @Inject
    EmailChoicesFacade emails;

    @Inject
    AdviceFacade advice;

    @Inject
    Settings settings;

    @Inject
    uk.cmlnetwork.web.event.RemindersFacade reminders;

    Clock clock = Clock.systemUTC();

    void sendDue() {
        for (Frequency frequency : List.of(Frequency.DAILY, Frequency.WEEKLY)) {
            DigestPeriod period = DigestPeriod.due(frequency, clock.instant(), settings.digestHour());
            if (period != null) {
                sendDigests(period);
            }
        }
        for (Question question : advice.dueForReminder()) {
            advice.remindAsker(question.id());
        }
        for (uk.cmlnetwork.event.DueReminder reminder : reminders.due()) {
            try {
                reminders.send(reminder);
            } catch (RuntimeException refused) {
                // another server sent this reminder first: its key refused ours, and our email rolled back
                LOG.fine(() -> "A booking's reminder was not sent here: " + refused);
            }
        }
    }

    /** Round after round until no one waits; a round in which nothing could be done (another server at work) ends it. */
    private void sendDigests(DigestPeriod period) {
        List<String> waiting;
        while (!(waiting = emails.waitingFor(period)).isEmpty()) {
            int done = 0;
            for (String member : waiting) {
                try {
                    done += emails.sendDigest(member, period) ? 1 : 0;
                } catch (RuntimeException refused) {
                    // another server sent this member's email for the period first: its key refused ours
                    LOG.fine(() -> "The " + period.key() + " email of a member was not sent here: " + refused);
                }
            }
            if (done == 0) {
                return;
            }
        }
    }
}
