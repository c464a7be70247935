package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.AskQuestion;
import uk.cmlnetwork.advice.PublicQuestion;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.advice.Visibility;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.member.MemberDetails;
import uk.cmlnetwork.member.RegisterMember;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;

/** Ask the network over a real database: asking, answering, "this helped", the solution, similar questions. */
abstract class AdviceContract extends NetworkFixture {
    private Member coordinator;

    /** A coordinator, who approves new members' first posts. */
    private Member coordinator() {
        if (coordinator == null) {
            Member c = activeMember("Cora Coordinator", "cora@example.org");
            network.inTransaction(s -> s.memberAdministration().setCoordinator(c.id(), true));
            coordinator = network.inTransaction(s -> s.membership().find(c.id()));
        }
        return coordinator;
    }

    private Question approved(Question question) {
        network.inTransaction(s -> {
            s.adviceModeration().approve(coordinator(), question.id().value());
            return null;
        });
        return question;
    }

    private Answer approvedAnswer(Answer answer) {
        network.inTransaction(s -> {
            s.adviceModeration().approve(coordinator(), answer.id().value());
            return null;
        });
        return answer;
    }

    private static AskQuestion question(String title, boolean situation) {
        return new AskQuestion(title, "We are about to sign a lease. What did you *check* first?",
                List.of("community-asset-transfer"), situation);
    }

    @Test
    void aConfirmedMemberAsksOthersAnswerAndTheAskerMarksTheSolution() {
        LibraryId wrington = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Wrington Library", null, null,
                "North Somerset", Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, null, null)).id());
        Member asker = activeMember("Ann Asker", "ann@example.org", wrington, false);
        Member bob = activeMember("Bob Answerer", "bob@example.org");
        Member cat = activeMember("Cat Reader", "cat@example.org");
        Member unconfirmed = network.inTransaction(s -> s.membership().register(RegisterMember.withoutConsents(
                new MemberDetails("Una Unconfirmed", "una@example.org", MemberCategory.SUPPORTER, null, null, null, null),
                PASSWORD)).member());

        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice()
                .ask(unconfirmed, question("What should a lease say about repairs?", false))));
        InvalidInput empty = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.peerAdvice()
                .ask(asker, new AskQuestion("Lease?", " ", List.of(), false))));
        assertTrue(empty.problems().keySet().containsAll(List.of("title", "body")), empty.problems().toString());

        Question asked = approved(network.inTransaction(s -> s.peerAdvice().ask(asker,
                question("What should a lease say about repairs?", true))));
        assertEquals(ManagementType.CRL, asked.situation().managementType(), "the library's situation is attached");
        assertEquals(LibraryStage.SUSTAINING, asked.situation().stage());
        assertTrue(asked.bodyHtml().contains("<em>check</em>"), asked.bodyHtml());
        QuestionId id = asked.id();
        assertEquals(List.of(id), ids(network.inTransaction(s -> s.peerAdvice().list(QuestionList.UNANSWERED, null, null, null, 10))));

        Answer fromBob = approvedAnswer(network.inTransaction(s -> s.peerAdvice().answer(bob, id, "Check who repairs the roof.")));
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.peerAdvice().answer(bob, id, " ")));
        assertTrue(network.inTransaction(s -> s.peerAdvice().list(QuestionList.UNANSWERED, null, null, null, 10)).isEmpty());
        assertEquals(1, network.inTransaction(s -> s.peerAdvice().find(id)).answerCount());

        network.inTransaction(s -> s.peerAdvice().markHelped(cat, fromBob.id()));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().markHelped(cat, fromBob.id())),
                "once each");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().markHelped(bob, fromBob.id())),
                "not for one's own answer");
        assertEquals(1, network.inTransaction(s -> s.peerAdvice().findAnswer(fromBob.id())).helpedCount());

        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().markSolution(cat, id, fromBob.id())),
                "only the asker or a coordinator marks the solution");
        network.inTransaction(s -> s.peerAdvice().markSolution(asker, id, fromBob.id()));
        Question solved = network.inTransaction(s -> s.peerAdvice().find(id));
        assertTrue(solved.isSolved());
        assertEquals(fromBob.id(), solved.solution());
        assertEquals(List.of(id), ids(network.inTransaction(s -> s.peerAdvice().list(QuestionList.SOLVED, null, null, null, 10))));
        assertTrue(network.inTransaction(s -> s.peerAdvice().list(QuestionList.UNSOLVED, null, null, null, 10)).isEmpty());
        assertEquals(List.of(id), ids(network.inTransaction(s -> s.peerAdvice()
                .list(QuestionList.NEWEST, "community-asset-transfer", null, "REPAIRS", 10))), "by topic and words");
        assertTrue(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, "volunteering", null, null, 10)).isEmpty());
        assertEquals(List.of(id), ids(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, null, Region.SOUTH_WEST, null, 10))),
                "by the region of the library attached");
        assertTrue(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, null, Region.LONDON, null, 10)).isEmpty());
    }

    @Test
    void similarQuestionsAreOfferedSolvedFirst() {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Member bob = activeMember("Bob Answerer", "bob@example.org");
        Question open = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("Insurance for volunteers driving", false))));
        Question solved = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("Which insurance covers our building?", false))));
        network.inTransaction(s -> s.peerAdvice().ask(asker, question("Finding a new treasurer quickly", false)));
        Answer answer = approvedAnswer(network.inTransaction(s -> s.peerAdvice().answer(bob, solved.id(), "A broker who knows charities.")));
        network.inTransaction(s -> s.peerAdvice().markSolution(asker, solved.id(), answer.id()));

        assertEquals(List.of(solved.id(), open.id()), ids(network.inTransaction(s -> s.peerAdvice()
                .similarTo("What insurance do we need?"))));
        assertTrue(network.inTransaction(s -> s.peerAdvice().similarTo("a to b")).isEmpty(), "no word long enough");
    }

    @Test
    void anErasedMembersQuestionsAndAnswersStayAsAFormerMember() {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Member bob = activeMember("Bob Answerer", "bob@example.org");
        Question asked = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("How do you recruit trustees?", false))));
        Answer answer = network.inTransaction(s -> s.peerAdvice().answer(bob, asked.id(), "Ask at every event."));
        network.inTransaction(s -> {
            s.accountErasure().erase(bob.id());
            return null;
        });
        Answer kept = network.inTransaction(s -> s.peerAdvice().findAnswer(answer.id()));
        assertEquals(Answer.FORMER_MEMBER, kept.authorName());
        assertNull(kept.authorId());
        assertFalse(kept.isWrittenBy(bob.id().value()));
        assertEquals("Ask at every event.", kept.body());
    }

    /** A new member's first two posts wait for a coordinator; three reports hide a post until one decides. */
    @Test
    void newMembersFirstPostsWaitAndReportedPostsHide() {
        Member newcomer = activeMember("Nia Newcomer", "nia@example.org");
        Member reader = activeMember("Rob Reader", "rob@example.org");
        Question first = network.inTransaction(s -> s.peerAdvice().ask(newcomer, question("Where do we find volunteers?", false)));
        assertEquals(Visibility.WAITING, first.visibility());
        assertTrue(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, null, null, null, 10)).isEmpty(),
                "not listed while it waits");
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.peerAdvice().read(reader, first.id())));
        assertEquals(first.id(), network.inTransaction(s -> s.peerAdvice().read(newcomer, first.id())).id(), "its writer sees it");
        assertEquals(1, network.inTransaction(s -> s.adviceModeration().awaitingDecision(coordinator())).count());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().awaitingDecision(reader)));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> {
            s.adviceModeration().approve(reader, first.id().value());
            return null;
        }), "only coordinators decide");

        approved(first);
        Question second = approved(network.inTransaction(s -> s.peerAdvice().ask(newcomer, question("Who pays for heating?", false))));
        Question third = network.inTransaction(s -> s.peerAdvice().ask(newcomer, question("Do you open on Sundays?", false)));
        assertEquals(Visibility.SHOWN, third.visibility(), "after two approved posts, no more waiting");
        assertEquals(Visibility.SHOWN, network.inTransaction(s -> s.peerAdvice().ask(coordinator(),
                question("What would you like from the network?", false))).visibility(), "coordinators never wait");

        Member two = activeMember("Tess Two", "tess@example.org");
        Member three = activeMember("Theo Three", "theo@example.org");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> {
            s.peerAdvice().report(newcomer, third.id().value());
            return null;
        }), "not one's own");
        for (Member by : List.of(reader, two)) {
            network.inTransaction(s -> {
                s.peerAdvice().report(by, third.id().value());
                return null;
            });
        }
        assertThrows(DomainException.class, () -> network.inTransaction(s -> {
            s.peerAdvice().report(reader, third.id().value());
            return null;
        }), "once each");
        assertEquals(Visibility.SHOWN, network.inTransaction(s -> s.peerAdvice().find(third.id())).visibility());
        network.inTransaction(s -> {
            s.peerAdvice().report(three, third.id().value());
            return null;
        });
        assertEquals(Visibility.REPORTED, network.inTransaction(s -> s.peerAdvice().find(third.id())).visibility());
        assertEquals(List.of(third.id()), ids(network.inTransaction(s -> s.adviceModeration().awaitingDecision(coordinator()).questions())));
        network.inTransaction(s -> {
            s.adviceModeration().remove(coordinator(), third.id().value());
            return null;
        });
        assertEquals(Visibility.REMOVED, network.inTransaction(s -> s.peerAdvice().find(third.id())).visibility());
        assertEquals(0, network.inTransaction(s -> s.adviceModeration().awaitingDecision(coordinator())).count());
        assertFalse(ids(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, null, null, null, 10))).contains(third.id()));
        assertTrue(ids(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, null, null, null, 10))).contains(second.id()));
    }

    /** The asker makes a solved question public; the public sees names only as members chose for the directory. */
    @Test
    void anAskerMakesASolvedQuestionPublic() {
        Member asker = activeMember("Lee Listed", "lee@example.org", null, true);
        Member bob = activeMember("Bob Unlisted", "bob@example.org");
        Question asked = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("Can volunteers drive the van?", false))));
        Answer answer = approvedAnswer(network.inTransaction(s -> s.peerAdvice().answer(bob, asked.id(), "Yes, with a D1 check.")));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().makePublic(asker, asked.id())),
                "only once solved");
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.peerAdvice().publicQuestion(asked.id())));
        network.inTransaction(s -> s.peerAdvice().markSolution(asker, asked.id(), answer.id()));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().makePublic(bob, asked.id())),
                "only by the asker");

        network.inTransaction(s -> s.peerAdvice().makePublic(asker, asked.id()));
        List<PublicQuestion> published = network.inTransaction(s -> s.peerAdvice().publicQuestions(10));
        assertEquals(1, published.size());
        PublicQuestion shown = published.get(0);
        assertEquals("Lee Listed", shown.askerShownAs(), "listed in the member directory: named");
        assertEquals(PublicQuestion.UNNAMED, shown.solverShownAs(), "not listed: not named");
        assertEquals(answer.id(), shown.solution().id());
        assertEquals(asked.id(), network.inTransaction(s -> s.peerAdvice().publicQuestion(asked.id())).question().id());
    }

    /** Authors correct what they wrote; coordinators lock a question and merge a duplicate into the one kept. */
    @Test
    void authorsCorrectTheirPostsAndCoordinatorsLockAndMergeQuestions() {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Member bob = activeMember("Bob Answerer", "bob@example.org");
        Question kept = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("Who repairs a leased roof?", false))));
        Question duplicate = approved(network.inTransaction(s -> s.peerAdvice().ask(bob, question("Roof repairs under a lease?", false))));
        Answer answer = approvedAnswer(network.inTransaction(s -> s.peerAdvice().answer(asker, duplicate.id(), "The council, in ours.")));

        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().editQuestion(bob, kept.id(),
                question("Mine now", false))), "only the asker or a coordinator");
        InvalidInput blank = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.peerAdvice().editQuestion(asker,
                kept.id(), new AskQuestion(" ", " ", List.of(), false))));
        assertTrue(blank.problems().keySet().containsAll(List.of("title", "body")), blank.problems().toString());
        Question edited = network.inTransaction(s -> s.peerAdvice().editQuestion(asker, kept.id(),
                new AskQuestion("Who repairs the roof of a leased library?", "Our lease says *nothing* about it.", List.of("volunteering"), false)));
        assertEquals("Who repairs the roof of a leased library?", edited.title());
        assertTrue(edited.bodyHtml().contains("<em>nothing</em>") && edited.editedAt() != null);
        assertEquals(List.of("volunteering"), edited.topics().stream().map(t -> t.code()).toList());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().editAnswer(bob, answer.id(), "Mine")));
        assertEquals("The council, in ours (the walls too).", network.inTransaction(s -> s.peerAdvice()
                .editAnswer(asker, answer.id(), "The council, in ours (the walls too).")).body());
        assertEquals("Corrected by a coordinator.", network.inTransaction(s -> s.peerAdvice()
                .editAnswer(coordinator(), answer.id(), "Corrected by a coordinator.")).body());

        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().lock(asker, kept.id(), true)));
        network.inTransaction(s -> s.adviceModeration().lock(coordinator(), kept.id(), true));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().answer(bob, kept.id(), "Late")),
                "closed to new answers");
        network.inTransaction(s -> s.adviceModeration().lock(coordinator(), kept.id(), false));

        network.inTransaction(s -> s.peerAdvice().markSolution(bob, duplicate.id(), answer.id()));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().merge(bob, duplicate.id(), kept.id())));
        network.inTransaction(s -> s.adviceModeration().merge(coordinator(), duplicate.id(), kept.id()));
        Question merged = network.inTransaction(s -> s.peerAdvice().find(duplicate.id()));
        Question keptNow = network.inTransaction(s -> s.peerAdvice().find(kept.id()));
        assertEquals(kept.id(), merged.mergedInto(), "the duplicate points to the kept question");
        assertTrue(merged.isLocked());
        assertEquals(0, merged.answerCount());
        assertEquals(1, keptNow.answerCount(), "its answers moved");
        assertEquals(answer.id(), keptNow.solution(), "and its solution, as the kept question had none");
        assertEquals(List.of(answer.id()), network.inTransaction(s -> s.peerAdvice().answersTo(asker, kept.id()))
                .stream().map(Answer::id).toList());
        assertFalse(ids(network.inTransaction(s -> s.peerAdvice().list(QuestionList.NEWEST, null, null, null, 10))).contains(duplicate.id()),
                "a merged duplicate leaves the lists");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.peerAdvice().answer(bob, duplicate.id(), "Late")));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().merge(coordinator(), kept.id(), duplicate.id())),
                "not into a merged question");
    }

    /** The site's one search: each kind marked, title matches first; visitors find only public questions. */
    @Test
    void theSiteSearchFindsQuestionsEventsAndLibrariesEachMarked() {
        network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Asset Transfer Library", null, null,
                "North Somerset", Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, null, null)).id());
        scheduled(workshop(10, NOW.plusSeconds(86_400)));
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Question asked = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, new AskQuestion("Who pays for repairs?",
                "Our asset transfer lease is silent about it.", List.of(), false))));

        List<uk.cmlnetwork.search.SearchHit> found = network.inTransaction(s -> s.siteSearch().search("asset TRANSFER", true));
        assertEquals(List.of("EVENT", "LIBRARY", "QUESTION"), found.stream().map(h -> h.kind().name()).toList(),
                "title matches first (the event, the library), then the question mentioning it: " + found);
        assertEquals(asked.id().value(), found.get(2).id());
        assertEquals("Library", found.get(1).kind().label());
        List<uk.cmlnetwork.search.SearchHit> forVisitors = network.inTransaction(s -> s.siteSearch().search("asset transfer", false));
        assertEquals(List.of("EVENT", "LIBRARY"), forVisitors.stream().map(h -> h.kind().name()).toList(),
                "only members find a question that is not public");
        assertTrue(network.inTransaction(s -> s.siteSearch().search(" ", true)).isEmpty());
    }

    /** A coordinator makes a solved question a resource, linked both ways; the newsletter's draft offers it. */
    @Test
    void aSolvedQuestionBecomesAResourceAndIsOfferedInTheNewsletter() {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Member bob = activeMember("Bob Answerer", "bob@example.org");
        Question asked = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("Can volunteers drive the van?", false))));
        Answer answer = approvedAnswer(network.inTransaction(s -> s.peerAdvice().answer(bob, asked.id(), "Yes, with a D1 licence check.")));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().makeResource(coordinator(), asked.id())),
                "only once solved");
        network.inTransaction(s -> s.peerAdvice().markSolution(asker, asked.id(), answer.id()));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().makeResource(asker, asked.id())));

        uk.cmlnetwork.resource.Resource made = network.inTransaction(s -> s.adviceModeration().makeResource(coordinator(), asked.id()));
        assertEquals("From the network: Can volunteers drive the van?", made.title());
        assertEquals(asked.id().value(), made.questionId());
        assertTrue(made.summary().contains("D1 licence check"), made.summary());
        assertEquals(made.id().value(), network.inTransaction(s -> s.peerAdvice().find(asked.id())).resourceId());
        assertEquals(List.of(made.id()), network.inTransaction(s -> s.resourceLibrary().search(
                new uk.cmlnetwork.resource.ResourceSearch("drive the van", null, null, 10))).stream().map(r -> r.id()).toList());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.adviceModeration().makeResource(coordinator(), asked.id())),
                "once");

        var draft = network.inTransaction(s -> s.newsletterDesk().draftNext(coordinator()));
        assertTrue(draft.items().stream().anyMatch(i -> i.section() == uk.cmlnetwork.newsletter.ItemSection.QUESTION
                && i.title().equals("Can volunteers drive the van?") && i.link().equals("account/question.xhtml?id=" + asked.id().value())),
                draft.items().toString());
    }

    /** A reply to a notification becomes the member's answer: only from their address, only its new text. */
    @Test
    void aReplyByEmailBecomesTheMembersAnswerOnlyFromTheirOwnAddress() {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Question asked = approved(network.inTransaction(s -> s.peerAdvice().ask(asker, question("Who repairs a leased roof?", false))));
        String token = network.inTransaction(s -> s.answersByEmail().replyToken(asker.id().value(), asked.id()));
        String reply = "Thank you, that settles it.\r\n\r\nOn Tue, 1 Dec 2026 at 10:00, CML Network <no-reply@example.org> wrote:\r\n"
                + "> Bob answered your question\r\n> Ask for a schedule of condition.\r\n";

        DomainException forged = assertThrows(DomainException.class, () -> network.inTransaction(s -> s.answersByEmail()
                .answer(token, "mallory@example.org", reply)));
        assertTrue(forged.getMessage().contains("another address"), forged.getMessage());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.answersByEmail().answer("unknown", "ann@example.org", reply)));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.answersByEmail().answer(null, "ann@example.org", reply)));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.answersByEmail()
                .answer(token, "ann@example.org", "> only the quote\n")), "no text of their own");

        Answer answered = network.inTransaction(s -> s.answersByEmail().answer(token, "Ann@Example.org", reply));
        assertEquals("Thank you, that settles it.", answered.body());
        assertEquals(asked.id(), answered.questionId());
        assertEquals("Ann Asker", answered.authorName());
    }

    private static List<QuestionId> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
