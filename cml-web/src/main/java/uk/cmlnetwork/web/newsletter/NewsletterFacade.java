package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.newsletter.EditIssue;
import uk.cmlnetwork.newsletter.MailingList;
import uk.cmlnetwork.newsletter.NewsletterDesk;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.newsletter.SignUp;
import uk.cmlnetwork.newsletter.Unsubscribed;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;

/**
 * The transaction boundary for the newsletter: signing up and leaving (no account needed), the
 * public archive, and the coordinators' issues. Confirmation emails, issues' copies and test copies
 * all go through the site's outbox.
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
        return desk.send(coordinator(), issueId);
    }

    public OutboxCount progress(String issueId) {
        coordinator();
        return desk.progress(issueId);
    }

    public List<OutgoingEmail> failed(String issueId) {
        return desk.failed(coordinator(), issueId);
    }

    public int retryFailed(String issueId) {
        return desk.retryFailed(coordinator(), issueId);
    }

    public long subscribedCount() {
        coordinator();
        return list.subscribedCount();
    }

    /** The issue as it stands, to the coordinator alone; returns their address. */
    public String sendTest(String issueId) {
        Member me = coordinator();
        desk.sendTest(me, issueId);
        return me.email();
    }

    private Member coordinator() {
        if (!current.isCoordinator()) {
            throw new NotAllowed();
        }
        return current.mustTakePart();
    }
}
