package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.newsletter.Delivery;
import uk.cmlnetwork.newsletter.NewsletterDispatch;
import uk.cmlnetwork.newsletter.NewsletterIssue;

/** The newsletter sender's steps, each in its own transaction (committed before the next SMTP step). */
@ApplicationScoped
public class NewsletterSteps {
    @Inject
    NewsletterDispatch dispatch;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Delivery> take(int max) {
        return dispatch.take(max);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Delivery delivery, String reason) {
        dispatch.failed(delivery, reason);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finishDone() {
        dispatch.finishDone();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public NewsletterIssue issue(String id) {
        return dispatch.issue(id);
    }
}
