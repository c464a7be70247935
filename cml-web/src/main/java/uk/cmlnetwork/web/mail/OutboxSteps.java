package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.newsletter.NewsletterDesk;
import uk.cmlnetwork.newsletter.NewsletterIssue;

/** The sender's steps, each in its own short transaction, committed before the next SMTP step. */
@ApplicationScoped
public class OutboxSteps {
    @Inject
    MailOutbox outbox;

    @Inject
    NewsletterDesk newsletters;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutgoingEmail> takeDue(int max) {
        return outbox.takeDue(max);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(List<String> ids) {
        outbox.sent(ids);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String id, String reason) {
        outbox.failed(id, reason);
    }

    /** The mail server could not be reached: the whole batch waits for its next attempts, in one commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void allFailed(List<String> ids, String reason) {
        ids.forEach(id -> outbox.failed(id, reason));
    }

    /** The issue a newsletter copy is written from. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public NewsletterIssue issue(String id) {
        return newsletters.issue(id);
    }
}
