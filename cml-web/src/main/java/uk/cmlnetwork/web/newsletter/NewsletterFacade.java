package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.newsletter.Delivery;
import uk.cmlnetwork.newsletter.DeliveryProgress;
import uk.cmlnetwork.newsletter.EditIssue;
import uk.cmlnetwork.newsletter.MailingList;
import uk.cmlnetwork.newsletter.NewsletterDesk;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.newsletter.SignUp;
import uk.cmlnetwork.newsletter.Unsubscribed;
import uk.cmlnetwork.web.account.CurrentMember;
import uk.cmlnetwork.web.coordinator.MembersAdminFacade;
import uk.cmlnetwork.web.mail.NewsletterConfirmations;

/**
 * The transaction boundary for the newsletter: signing up and leaving (no account needed), the
 * public archive, and the coordinators' issues. Confirmation emails go through the site's outbox;
 * issues through the newsletter's own delivery outbox and sender.
 */
@ApplicationScoped
@Transactional
public class NewsletterFacade {
    @Inject
    MailingList list;

    @Inject
    NewsletterDesk desk;

    @Inject
    MembershipService membership;

    @Inject
    CurrentMember current;

    @Inject
    NewsletterConfirmations confirmations;

    @Inject
    NewsletterSender sender;

    @Inject
    NewsletterCopies copies;

    public void signUp(SignUp form) {
        list.signUp(form).ifPresent(confirmations::ask);
    }

    public void confirm(String secret) {
        list.confirm(secret);
    }

    /** Leaves the list; a member's newsletter consent is withdrawn with it. */
    public Unsubscribed unsubscribe(String token) {
        Unsubscribed done = list.unsubscribe(token);
        if (done.memberId() != null && !done.alreadyOff()) {
            membership.withdrawNewsletterConsent(new MemberId(done.memberId()));
        }
        return done;
    }

    public List<NewsletterIssue> archive() {
        return desk.archive();
    }

    public NewsletterIssue read(String issueId) {
        return desk.read(current.get(), issueId);
    }

    public List<NewsletterIssue> all() {
        return desk.all(coordinator());
    }

    public NewsletterIssue draftNext() {
        return desk.draftNext(coordinator());
    }

    public NewsletterIssue edit(String issueId, EditIssue change) {
        return desk.edit(coordinator(), issueId, change);
    }

    public int send(String issueId) {
        int recipients = desk.send(coordinator(), issueId);
        afterCommit();
        return recipients;
    }

    public DeliveryProgress progress(String issueId) {
        coordinator();
        return desk.progress(issueId);
    }

    public List<Delivery> failed(String issueId) {
        return desk.failed(coordinator(), issueId);
    }

    public int retryFailed(String issueId) {
        int again = desk.retryFailed(coordinator(), issueId);
        afterCommit();
        return again;
    }

    public long subscribedCount() {
        coordinator();
        return list.subscribedCount();
    }

    /** The issue as it stands, sent at once to the coordinator alone. */
    public String sendTest(String issueId) throws Exception {
        Member me = coordinator();
        copies.sendTest(desk.read(me, issueId), me.email(), me.name());
        return me.email();
    }

    // The sender runs every few seconds anyway; waking it only saves the wait.
    private void afterCommit() {
        sender.wakeAfterCommit();
    }

    private Member coordinator() {
        if (!current.isCoordinator()) {
            throw new MembersAdminFacade.NotAllowed();
        }
        return current.mustTakePart();
    }
}
