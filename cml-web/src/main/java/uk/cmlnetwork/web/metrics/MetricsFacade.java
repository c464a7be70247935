package uk.cmlnetwork.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutboxCount;

/** What the site's metrics read from the database, each in a transaction of its own. */
@ApplicationScoped
@Transactional
public class MetricsFacade {
    @Inject
    MailOutbox outbox;

    /** Every email's progress, newsletter copies included. */
    public OutboxCount allEmails() {
        return outbox.countAll();
    }

    /** The newsletter copies' progress, of every issue. */
    public OutboxCount newsletterCopies() {
        return outbox.count(MailOutbox.NEWSLETTER);
    }
}
