package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutgoingEmail;

/** The sender's steps, each in its own transaction. */
@ApplicationScoped
public class OutboxSteps {
    @Inject
    MailOutbox outbox;

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
}
