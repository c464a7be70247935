package uk.cmlnetwork.newsletter;

import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.OutgoingEmail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.event.EventProgramme;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceLibrary;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.NotFound;

/**
 * Coordinators make the monthly newsletter: a draft from what is new since the last issue, edited,
 * then sent to every confirmed subscriber through the outbox. The caller owns the transaction.
 */
public class NewsletterDesk {
    /** What the first issue counts as new. */
    static final Duration FIRST_ISSUE_LOOKS_BACK = Duration.ofDays(31);
    /** The most solved questions a draft offers. */
    static final int SOLVED_QUESTIONS = 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final NewsletterIssues issues;
    private final MailOutbox outbox;
    private final Subscribers subscribers;
    private final MemberBlog blog;
    private final EventProgramme programme;
    private final ResourceLibrary resources;
    private final PeerAdvice advice;
    private final InputCheck inputCheck;
    private final Clock clock;

    public NewsletterDesk(NewsletterIssues issues, MailOutbox outbox, Subscribers subscribers, MemberBlog blog,
                          EventProgramme programme, ResourceLibrary resources, PeerAdvice advice, InputCheck inputCheck,
                          Clock clock) {
        this.issues = issues;
        this.outbox = outbox;
        this.subscribers = subscribers;
        this.blog = blog;
        this.programme = programme;
        this.resources = resources;
        this.advice = advice;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /**
     * A new draft: posts, resources and questions solved since the last issue went out, events with places,
     * funding closing soon.
     */
    public NewsletterIssue draftNext(Member coordinator) {
        requireCoordinator(coordinator);
        Instant now = clock.instant();
        Instant since = issues.lastSendStarted().orElse(now.minus(FIRST_ISSUE_LOOKS_BACK));
        List<IssueItem> items = new ArrayList<>();
        for (Post post : blog.published(null, null, 50)) {
            if (post.publishedAt() != null && post.publishedAt().isAfter(since)) {
                items.add(new IssueItem(ItemSection.POST, post.title(), "By " + post.byline(), "post.xhtml?id=" + post.id().value()));
            }
        }
        for (NetworkEvent event : programme.upcoming(30)) {
            if (event.isPublished() && !event.isFull() && !event.isCancelled()) {
                items.add(new IssueItem(ItemSection.EVENT, event.title(), event.type().label() + ", "
                        + NetworkTime.dateAndTime(event.startsAt()), "event.xhtml?id=" + event.id().value()));
            }
        }
        for (Resource resource : resources.publishedSince(since)) {
            if (resource.kind() != ResourceKind.FUNDING_OPPORTUNITY) {
                items.add(new IssueItem(ItemSection.RESOURCE, resource.title(), resource.kind().label()
                        + (resource.summary() == null ? "" : ": " + resource.summary()), "resources.xhtml#" + resource.id().value()));
            }
        }
        for (Question solved : advice.solvedSince(since, SOLVED_QUESTIONS)) {
            items.add(new IssueItem(ItemSection.QUESTION, solved.title(), solved.answerCount()
                    + (solved.answerCount() == 1 ? " answer" : " answers") + " from members; solved "
                    + NetworkTime.day(solved.solvedAt().atZone(NetworkTime.LONDON).toLocalDate()),
                    (solved.isPublic() ? "question.xhtml?id=" : "account/question.xhtml?id=") + solved.id().value()));
        }
        for (Resource fund : resources.closingSoon()) {
            String amount = fund.funding().amountRange();
            items.add(new IssueItem(ItemSection.FUNDING, fund.title(), fund.funding().funder()
                    + (amount == null ? "" : ", " + amount) + ": closes " + NetworkTime.day(fund.funding().closesOn()),
                    "resources.xhtml#" + fund.id().value()));
        }
        items.sort(java.util.Comparator.comparing(IssueItem::section));
        String title = "CML Network newsletter: " + MONTH.format(now.atZone(NetworkTime.LONDON));
        NewsletterIssue issue = new NewsletterIssue(title, null, items, since, now);
        issues.store(issue);
        return issue;
    }

    public NewsletterIssue edit(Member coordinator, String issueId, EditIssue change) {
        requireCoordinator(coordinator);
        inputCheck.check(change);
        NewsletterIssue issue = find(issueId);
        issue.edit(change);
        return issue;
    }

    /** Queues a copy for every confirmed subscriber; the sender takes it from there. Returns how many. */
    public int send(Member coordinator, String issueId) {
        requireCoordinator(coordinator);
        NewsletterIssue issue = find(issueId);
        if (!issue.isDraft()) {
            throw new DomainException("This issue has already been sent");
        }
        if (issue.includedItems().isEmpty() && issue.introParagraphs().isEmpty()) {
            throw new DomainException("The issue is empty: write an introduction or include some items before sending it");
        }
        if (subscribers.countSubscribed() == 0) {
            throw new DomainException("No one has confirmed a subscription yet, so there is no one to send it to");
        }
        int recipients = outbox.queueNewsletter(issueId, issue.title());
        issue.sent(recipients, clock.instant());
        return recipients;
    }

    /** A test copy of the issue to the coordinator, from the outbox like every email. */
    public void sendTest(Member coordinator, String issueId) {
        requireCoordinator(coordinator);
        outbox.queueNewsletterTest(find(issueId).id(), coordinator.email(), coordinator.name());
    }

    public OutboxCount progress(String issueId) {
        return outbox.newsletterProgress(issueId);
    }

    public List<OutgoingEmail> failed(Member coordinator, String issueId) {
        requireCoordinator(coordinator);
        return outbox.newsletterFailures(issueId, 200);
    }

    /** Failed copies go out again now. */
    public int retryFailed(Member coordinator, String issueId) {
        requireCoordinator(coordinator);
        return outbox.retryNewsletterFailures(find(issueId).id());
    }

    public List<NewsletterIssue> all(Member coordinator) {
        requireCoordinator(coordinator);
        return issues.all(100);
    }

    /** Issues that have gone out, newest first: the public archive. */
    public List<NewsletterIssue> archive() {
        return issues.archive(200);
    }

    /** An issue anyone may read: one that has gone out. Drafts are for coordinators. */
    public NewsletterIssue read(Member reader, String issueId) {
        NewsletterIssue issue = find(issueId);
        if (issue.isDraft() && (reader == null || !reader.isCoordinator() || !reader.mayTakePart())) {
            throw new NotFound("newsletter issue", issueId);
        }
        return issue;
    }

    /** Any issue, drafts too: for the sender, which writes copies (and a coordinator's test copy) from it. */
    public NewsletterIssue issue(String issueId) {
        return find(issueId);
    }

    private NewsletterIssue find(String issueId) {
        return issues.find(issueId).orElseThrow(() -> new NotFound("newsletter issue", issueId));
    }

    private static void requireCoordinator(Member member) {
        if (member == null || !member.isCoordinator() || !member.mayTakePart()) {
            throw new DomainException("Only coordinators make and send the newsletter");
        }
    }
}
