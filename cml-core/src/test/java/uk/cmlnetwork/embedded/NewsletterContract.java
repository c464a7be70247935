package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.newsletter.Confirmation;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.newsletter.EditIssue;
import uk.cmlnetwork.newsletter.IssueItem;
import uk.cmlnetwork.newsletter.IssueStatus;
import uk.cmlnetwork.newsletter.ItemSection;
import uk.cmlnetwork.newsletter.LinkRefused;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.newsletter.SignUp;
import uk.cmlnetwork.newsletter.SubscriberStatus;
import uk.cmlnetwork.newsletter.Unsubscribed;
import uk.cmlnetwork.post.WritePost;
import uk.cmlnetwork.resource.FundingDetails;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;

/** The mailing list by double opt-in, issues drafted from what is new, and the delivery outbox. */
abstract class NewsletterContract extends NetworkFixture {
    private Member coordinator() {
        Member c = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(c.id(), true));
        return network.inTransaction(s -> s.membership().find(c.id()));
    }

    private String subscribed(String email) {
        Confirmation asked = network.inTransaction(s -> s.mailingList().signUp(new SignUp(email, null))).orElseThrow();
        return network.inTransaction(s -> s.mailingList().confirm(asked.secret())).unsubscribeToken();
    }

    @Test
    void anAddressJoinsOnlyOnceItConfirmsAndLeavesWithTheLinkInEachIssue() {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.mailingList()
                .signUp(new SignUp("not an address", null))));
        assertTrue(bad.problems().get("email").startsWith("Enter an email address in the right format"));
        Confirmation asked = network.inTransaction(s -> s.mailingList().signUp(new SignUp(" Pat@Example.org ", "Pat"))).orElseThrow();
        assertEquals("pat@example.org", asked.email());
        assertEquals(0L, (long) network.inTransaction(s -> s.mailingList().subscribedCount()), "not before confirming");
        var confirmed = network.inTransaction(s -> s.mailingList().confirm(asked.secret()));
        assertEquals(SubscriberStatus.SUBSCRIBED, confirmed.status());
        assertThrows(LinkRefused.class, () -> network.inTransaction(s -> s.mailingList().confirm(asked.secret())),
                "a confirmation link works once");
        assertEquals(Optional.empty(), network.inTransaction(s -> s.mailingList().signUp(new SignUp("pat@example.org", null))),
                "signing up again sends nothing");

        Unsubscribed off = network.inTransaction(s -> s.mailingList().unsubscribe(confirmed.unsubscribeToken()));
        assertFalse(off.alreadyOff());
        assertTrue((boolean) network.inTransaction(s -> s.mailingList().unsubscribe(confirmed.unsubscribeToken()).alreadyOff()),
                "a second click changes nothing");
        assertThrows(LinkRefused.class, () -> network.inTransaction(s -> s.mailingList().unsubscribe("made-up-token")));
        assertEquals(0L, (long) network.inTransaction(s -> s.mailingList().subscribedCount()));
    }

    @Test
    void aMemberWhoTickedTheNewsletterWhenJoiningIsOnTheListOnceTheirAddressIsConfirmed() {
        String token = network.inTransaction(s -> s.membership().register(new uk.cmlnetwork.member.RegisterMember(
                new uk.cmlnetwork.member.MemberDetails("Nia News", "nia@example.org", uk.cmlnetwork.member.MemberCategory.LIBRARY_TEAM,
                        null, null, null, null), PASSWORD, true, false, null)).confirmationToken());
        Member joined = network.inTransaction(s -> s.membership().findByEmail("nia@example.org")).orElseThrow();
        network.inTransaction(s -> {
            s.mailingList().memberConfirmedAddress(joined);
            return null;
        });
        assertTrue(network.inTransaction(s -> s.mailingList().ofMember(joined)).isEmpty(), "not before the address is proven");
        Member confirmed = network.inTransaction(s -> s.membership().confirmEmail(token));
        network.inTransaction(s -> {
            s.mailingList().memberConfirmedAddress(confirmed);
            return null;
        });
        assertTrue(network.inTransaction(s -> s.mailingList().ofMember(confirmed)).orElseThrow().isSubscribed());
        Member without = activeMember("Ned Nothanks", "ned@example.org");
        network.inTransaction(s -> {
            s.mailingList().memberConfirmedAddress(without);
            return null;
        });
        assertTrue(network.inTransaction(s -> s.mailingList().ofMember(without)).isEmpty(), "no consent, not on the list");
    }

    @Test
    void aMembersConsentCountsOnceConfirmedAndUnsubscribingWithdrawsIt() {
        Member member = activeMember("Mo Member", "mo@example.org");
        Confirmation asked = network.inTransaction(s -> s.mailingList().memberConsented(member)).orElseThrow();
        network.inTransaction(s -> s.mailingList().confirm(asked.secret()));
        var subscriber = network.inTransaction(s -> s.mailingList().ofMember(member)).orElseThrow();
        assertEquals(member.id().value(), subscriber.memberId());
        Unsubscribed off = network.inTransaction(s -> s.mailingList().unsubscribe(subscriber.unsubscribeToken()));
        assertEquals(member.id().value(), off.memberId());
        network.inTransaction(s -> s.mailingList().memberConsented(member));
        network.inTransaction(s -> {
            s.accountErasure().erase(member.id());
            return null;
        });
        assertTrue(network.inTransaction(s -> s.mailingList().ofMember(member)).isEmpty(), "an erased account leaves the list");
    }

    @Test
    void draftsFromWhatIsNewThenSendsOneCopyToEachConfirmedSubscriber() {
        Member coordinator = coordinator();
        Member writer = activeMember("Wendy Writer", "wendy@example.org");
        var post = network.inTransaction(s -> s.memberBlog().write(writer, new WritePost("Forty volunteers", "Wendy",
                null, List.of(), "We asked.")));
        network.inTransaction(s -> s.memberBlog().submit(writer, post.id()));
        network.inTransaction(s -> s.memberBlog().approve(coordinator, post.id()));
        scheduled(workshop(10, NOW.plus(Duration.ofDays(14))));
        network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Rota template", "For small teams.",
                ResourceKind.TEMPLATE, List.of(), "https://example.org/rota")));
        network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Spaces fund", null,
                ResourceKind.FUNDING_OPPORTUNITY, List.of(), "https://example.org/fund", Set.of(), Set.of(), null,
                new FundingDetails("Spaces Trust", 500, 5000, null, LocalDate.of(2026, 3, 20)))));

        NewsletterIssue draft = network.inTransaction(s -> s.newsletterDesk().draftNext(coordinator));
        assertEquals("CML Network newsletter: March 2026", draft.title());
        assertEquals(List.of(ItemSection.FUNDING, ItemSection.POST, ItemSection.EVENT, ItemSection.RESOURCE),
                draft.items().stream().map(IssueItem::section).toList(), "funding about to close comes first: it cannot wait");
        assertTrue(draft.items().get(0).summary().contains("Spaces Trust, £500 to £5,000: closes 20 March 2026"),
                draft.items().get(0).summary());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.newsletterDesk().draftNext(writer)),
                "members do not make the newsletter");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.newsletterDesk().send(coordinator, draft.id())),
                "no one to send to yet");

        network.inTransaction(s -> s.newsletterDesk().edit(coordinator, draft.id(), new EditIssue("March news",
                "Hello all.\n\nA busy month.", Set.of(0, 1, 3))));
        NewsletterIssue edited = network.inTransaction(s -> s.newsletterDesk().read(coordinator, draft.id()));
        assertEquals(List.of("Hello all.", "A busy month."), edited.introParagraphs());
        assertEquals(3, edited.includedItems().size());
        assertEquals(4, edited.items().size(), "an item left out stays in the draft");
        assertThrows(uk.cmlnetwork.shared.NotFound.class, () -> network.inTransaction(s -> s.newsletterDesk().read(null, draft.id())),
                "drafts are not in the public archive");

        IntStream.range(0, 5).forEach(i -> subscribed("reader" + i + "@example.org"));
        network.inTransaction(s -> s.mailingList().signUp(new SignUp("unconfirmed@example.org", null)));
        String leaver = subscribed("leaver@example.org");
        network.inTransaction(s -> s.mailingList().unsubscribe(leaver));

        assertEquals(5, (int) network.inTransaction(s -> s.newsletterDesk().send(coordinator, draft.id())));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.newsletterDesk().send(coordinator, draft.id())),
                "an issue goes out once");
        assertEquals(new OutboxCount(0, 5, 0), network.inTransaction(s -> s.newsletterDesk().progress(draft.id())));
        assertEquals(List.of(draft.id()), network.inTransaction(s -> s.newsletterDesk().archive()).stream()
                .map(NewsletterIssue::id).toList());
        NewsletterIssue next = network.inTransaction(s -> s.newsletterDesk().draftNext(coordinator));
        assertEquals(NOW, next.newsSince(), "the next issue's news starts when this one went out");
        assertTrue(next.items().stream().noneMatch(i -> i.section() == ItemSection.POST), "the post was in the last issue");
    }

    @Test
    void eachCopyIsAnOutboxEmailTakenByOneSenderAtATimeAndUnfinishedCopiesGoAgainAfterTheLease() throws Exception {
        Member coordinator = coordinator();
        IntStream.range(0, 6).forEach(i -> subscribed("reader" + i + "@example.org"));
        String issue = network.inTransaction(s -> s.newsletterDesk().draftNext(coordinator)).id();
        network.inTransaction(s -> s.newsletterDesk().edit(coordinator, issue, new EditIssue("News", "Hello.", Set.of())));
        network.inTransaction(s -> s.newsletterDesk().send(coordinator, issue));
        assertEquals(IssueStatus.SENT, network.inTransaction(s -> s.newsletterDesk().read(null, issue)).status());

        List<OutgoingEmail> first = network.inTransaction(s -> s.mailOutbox().takeDue(4));
        List<OutgoingEmail> second = network.inTransaction(s -> s.mailOutbox().takeDue(4));
        assertEquals(4, first.size());
        assertEquals(2, second.size());
        Set<String> taken = new HashSet<>();
        first.forEach(e -> taken.add(e.toEmail()));
        second.forEach(e -> taken.add(e.toEmail()));
        assertEquals(6, taken.size(), "no copy taken by two senders");
        assertTrue(network.inTransaction(s -> s.mailOutbox().takeDue(4)).isEmpty());
        for (OutgoingEmail copy : first) {
            assertEquals(issue, copy.newsletterIssueId());
            assertEquals(MailOutbox.NEWSLETTER, copy.kind());
            assertEquals("News", copy.subject());
            assertEquals(36, copy.id().length());
            assertTrue(copy.unsubscribeToken() != null && !copy.unsubscribeToken().isBlank());
        }

        network.inTransaction(s -> {
            s.mailOutbox().sent(List.of(first.get(0).id()));
            s.mailOutbox().failed(first.get(1).id(), "550 mailbox unavailable");
            s.mailOutbox().sent(second.stream().map(OutgoingEmail::id).toList());
            return null;
        });
        assertEquals(new OutboxCount(3, 2, 1), network.inTransaction(s -> s.newsletterDesk().progress(issue)));
        assertEquals(3L, countRows("select count(*) from outgoing_email where sent_at = CAST('2026-03-01 10:00:00' AS TIMESTAMP)"),
                "the time sent kept in UTC");

        // The first sender "died" holding two copies; once its lease runs out another sender takes them,
        // with the failed copy, whose first wait is shorter than the lease.
        try (CmlNetwork later = CmlNetwork.open(jdbcUrl(), user(), password(),
                Clock.fixed(NOW.plus(MailOutbox.LEASE).plusSeconds(1), ZoneOffset.UTC))) {
            List<OutgoingEmail> resumed = later.inTransaction(s -> s.mailOutbox().takeDue(10));
            assertEquals(Set.of(first.get(1).id(), first.get(2).id(), first.get(3).id()),
                    Set.copyOf(resumed.stream().map(OutgoingEmail::id).toList()), "only the unfinished copies, none sent");
            later.inTransaction(s -> {
                s.mailOutbox().failed(first.get(1).id(), "550 mailbox unavailable");
                s.mailOutbox().sent(List.of(first.get(2).id()));
                s.mailOutbox().sent(List.of(first.get(3).id()));
                return null;
            });
        }
        assertEquals(List.of("550 mailbox unavailable"), network.inTransaction(s -> s.newsletterDesk().failed(coordinator, issue))
                .stream().map(OutgoingEmail::lastError).toList());
        assertEquals(1, (int) network.inTransaction(s -> s.newsletterDesk().retryFailed(coordinator, issue)));
        assertEquals(List.of(first.get(1).id()), network.inTransaction(s -> s.mailOutbox().takeDue(10)).stream()
                .map(OutgoingEmail::id).toList(), "sent again at once on request");
        network.inTransaction(s -> {
            s.mailOutbox().sent(List.of(first.get(1).id()));
            return null;
        });
        assertEquals(new OutboxCount(6, 0, 0), network.inTransaction(s -> s.newsletterDesk().progress(issue)));
        assertEquals(6L, countRows("select count(*) from outgoing_email where newsletter_issue_id = '" + issue + "'"));
    }
}
