package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.advice.AskQuestion;
import uk.cmlnetwork.advice.Peer;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.news.DigestPeriod;
import uk.cmlnetwork.news.Frequency;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Region;

/** Reaching the right peers, and hearing of it as each member chose: over a real database. */
abstract class FollowAndHearContract extends NetworkFixture {
    private static final Function<String, String> FOOTER = member -> "Choose your emails: /prefs/" + member + "\n";

    private LibraryId library(String name, ManagementType type, LibraryStage stage, Region region) {
        return network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary(name, null, null, "Somewhere", region,
                type, stage, null, null)).id());
    }

    private Question asked(Member asker, String title, boolean situation) {
        return network.inTransaction(s -> s.peerAdvice().ask(asker, new AskQuestion(title,
                "We are about to sign a lease. What did you check first?", List.of("community-asset-transfer"), situation)));
    }

    @Test
    void aQuestionReachesFollowersExperiencedMembersAndLibrariesLikeTheAskersButNeverTheAsker() {
        LibraryId askersLibrary = library("Wrington Library", ManagementType.CRL, LibraryStage.SUSTAINING, Region.SOUTH_WEST);
        LibraryId alike = library("Nailsea Library", ManagementType.CRL, LibraryStage.SUSTAINING, Region.SOUTH_WEST);
        LibraryId alikeFarther = library("Whitby Library", ManagementType.CRL, LibraryStage.SUSTAINING, Region.NORTH_EAST);
        LibraryId different = library("Council Library", ManagementType.ICL, LibraryStage.SUSTAINING, Region.SOUTH_WEST);
        Member asker = activeMember("Ann Asker", "ann@example.org", askersLibrary, false);
        Member follower = activeMember("Fay Follower", "fay@example.org");
        Member expert = activeMember("Ed Expert", "ed@example.org", null, true);
        Member ownWords = activeMember("Olive Own", "olive@example.org", null, true);
        Member near = activeMember("Nia Near", "nia@example.org", alike, true);
        Member far = activeMember("Fred Far", "fred@example.org", alikeFarther, false);
        Member unlike = activeMember("Una Unlike", "una@example.org", different, true);
        network.inTransaction(s -> {
            s.peerRouting().followTopics(follower, List.of("community-asset-transfer"));
            s.peerRouting().followTopics(asker, List.of("community-asset-transfer"));
            s.peerRouting().recordExperience(expert, List.of("community-asset-transfer"), "");
            s.peerRouting().recordExperience(ownWords, List.of(), "leases, Summer Reading Challenge");
            return null;
        });
        InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.peerRouting()
                .recordExperience(expert, List.of("no-such-topic"), "x")));
        assertEquals(List.of("topicCodes", "tags"), List.copyOf(refused.problems().keySet()), "every field to fix at once");

        Question withSituation = asked(asker, "What should a lease say about repairs?", true);
        Map<String, String> told = network.inTransaction(s -> s.peerRouting().whoToTell(withSituation));
        assertEquals(List.of(follower.id().value(), expert.id().value(), ownWords.id().value(), near.id().value(),
                far.id().value()).stream().sorted().toList(), told.keySet().stream().sorted().toList());
        assertEquals("You follow Community Asset Transfer.", told.get(follower.id().value()));
        assertEquals("You have experience of Community Asset Transfer.", told.get(expert.id().value()));
        assertEquals("You know about leases.", told.get(ownWords.id().value()));
        assertTrue(told.get(near.id().value()).startsWith("Your library is like the asker's"));
        assertFalse(told.containsKey(unlike.id().value()));

        List<Peer> mayKnow = network.inTransaction(s -> s.peerRouting().peopleWhoMayKnow(withSituation, 5));
        assertEquals(List.of("Ed Expert", "Olive Own", "Nia Near"), mayKnow.stream().map(Peer::name).toList(),
                "only members in the directory, experience first; Fred is not listed");
        assertEquals("At a library like yours", mayKnow.get(2).reason());
        assertEquals("Nailsea Library", mayKnow.get(2).library());

        Question withoutSituation = asked(asker, "Who insures a community library?", false);
        Map<String, String> toldWithout = network.inTransaction(s -> s.peerRouting().whoToTell(withoutSituation));
        assertFalse(toldWithout.containsKey(near.id().value()), "libraries like the asker's only when they attached it");
    }

    @Test
    void membersOfALibraryWhoseExperienceWasRecordedByItsEditorsAreTold() {
        LibraryId hillside = library("Hillside Library", ManagementType.ICL, LibraryStage.SUSTAINING, Region.NORTH_WEST);
        Member atHillside = activeMember("Hal Hillside", "hal@example.org", hillside, true);
        Member outsider = activeMember("Oli Outsider", "oli@example.org");
        Member made = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(made.id(), true));
        Member coordinator = network.inTransaction(s -> s.membership().find(made.id()));
        assertThrows(uk.cmlnetwork.shared.DomainException.class, () -> network.inTransaction(s -> {
            s.peerRouting().recordLibraryExperience(outsider, hillside, List.of("community-asset-transfer"));
            return null;
        }), "only its editors or a coordinator");
        network.inTransaction(s -> {
            s.peerRouting().recordLibraryExperience(coordinator, hillside, List.of("community-asset-transfer"));
            return null;
        });
        assertEquals(List.of("Community Asset Transfer"), network.inTransaction(s -> s.peerRouting().libraryExperienceOf(hillside))
                .stream().map(t -> t.name()).toList());

        Member asker = activeMember("Ann Asker", "ann@example.org");
        Question question = asked(asker, "Who repairs the roof after a transfer?", false);
        Map<String, String> told = network.inTransaction(s -> s.peerRouting().whoToTell(question));
        assertEquals("Your library has experience of Community Asset Transfer.", told.get(atHillside.id().value()));
        assertFalse(told.containsKey(outsider.id().value()));
        List<Peer> mayKnow = network.inTransaction(s -> s.peerRouting().peopleWhoMayKnow(question, 5));
        assertEquals(List.of("Hal Hillside"), mayKnow.stream().map(Peer::name).toList());
        assertEquals("Their library has experience of Community Asset Transfer", mayKnow.get(0).reason());
    }

    @Test
    void aGroupCoordinatorWritesToTheGroupsMembersWhoChoseToHearAndNoOneElse() throws Exception {
        Member yes = activeMember("Yan Yes", "yan@example.org");
        Member no = activeMember("Noor No", "noor@example.org");
        Member coordinatorOfTwo = activeMember("Gwen Group", "gwen@example.org");
        Member coordinatorOfOne = activeMember("Olly Other", "olly@example.org");
        network.inTransaction(s -> {
            s.memberNews().choose(yes.id(), Map.of(NewsKind.GROUP_NEWS, Frequency.AT_ONCE));
            s.memberAdministration().setGroupCoordinator(coordinatorOfTwo.id(), "GROUP_TWO");
            s.memberAdministration().setGroupCoordinator(coordinatorOfOne.id(), "GROUP_ONE");
            return null;
        });
        Member gwen = network.inTransaction(s -> s.membership().find(coordinatorOfTwo.id()));
        Member olly = network.inTransaction(s -> s.membership().find(coordinatorOfOne.id()));

        InvalidInput empty = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.groupMessage()
                .send(gwen, "GROUP_TWO", " ", "", FOOTER)));
        assertEquals(java.util.Set.of("subject", "text"), empty.problems().keySet(), "both named at once");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.groupMessage()
                .send(olly, "GROUP_TWO", "Meetup", "Come along", FOOTER)), "another group's coordinator");

        int members = network.inTransaction(s -> s.groupMessage().send(gwen, "GROUP_TWO", "Meetup in Wells",
                "Tea and peer support on Friday.", FOOTER));
        assertEquals(1, members, "of the four active members in the South West, one chose to hear");
        assertEquals(4, network.inTransaction(s -> s.groupMessage().membersOf("GROUP_TWO")).size());
        assertEquals(1, countRows("select count(*) from outgoing_email where to_email = 'yan@example.org'"
                + " and subject = '[Group Two: South West, West Midlands, East Midlands and Wales] Meetup in Wells'"));
        assertEquals(0, countRows("select count(*) from outgoing_email where to_email <> 'yan@example.org'"),
                "no one who did not choose to hear: the usual choice is never");
        assertEquals(Frequency.NEVER, network.inTransaction(s -> s.memberNews().choices(no.id())).get(NewsKind.GROUP_NEWS));
    }

    @Test
    void theMemberDirectoryIsSearchedOnlyByWhatItShowsOfEachMember() {
        LibraryId community = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Porlock Library", null,
                "TA24 8QE", "Somerset", Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, null, null)).id());
        Member sam = activeMember("Sam Shown", "sam@example.org", community, true);
        String token = network.inTransaction(s -> s.membership().register(new uk.cmlnetwork.member.RegisterMember(
                new uk.cmlnetwork.member.MemberDetails("Hal Hidden", "hal@example.org", uk.cmlnetwork.member.MemberCategory.LIBRARY_TEAM,
                        "Quiet Trust", Region.SOUTH_WEST, community, null),
                PASSWORD, false, true, new uk.cmlnetwork.member.DirectoryListing(false, false, false, false))).confirmationToken());
        Member hal = network.inTransaction(s -> s.membership().confirmEmail(token));
        network.inTransaction(s -> s.peerRouting().recordExperience(sam, List.of("community-asset-transfer"), null));

        Function<uk.cmlnetwork.advice.MemberDirectoryQuery, List<String>> found = query -> network.inTransaction(s ->
                s.memberDirectory().matching(s.membership().directory(s.membership().find(sam.id())), query))
                .stream().map(l -> l.member().name()).toList();
        assertEquals(List.of("Hal Hidden", "Sam Shown"), found.apply(uk.cmlnetwork.advice.MemberDirectoryQuery.ANYONE));
        assertEquals(List.of("Sam Shown"), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, Region.SOUTH_WEST, null, null, null, null)),
                "Hal's region is hidden, so a region search never finds him out");
        assertEquals(List.of("Sam Shown"), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, null, "GROUP_TWO", null, null, null)));
        assertEquals(List.of(), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery("quiet trust", null, null, null, null, null)),
                "nor his hidden organisation");
        assertEquals(List.of("Hal Hidden"), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery("HAL", null, null, null, null, null)));
        assertEquals(List.of("Hal Hidden", "Sam Shown"), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, null, null,
                ManagementType.CRL, null, null)), "their library, as People who may know shows it");
        assertEquals(List.of(), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, null, null, ManagementType.LAL, null, null)));
        assertEquals(List.of("Sam Shown"), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, null, null, null,
                "community-asset-transfer", null)));
        assertEquals(List.of("Sam Shown"), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, null, null, null, null,
                uk.cmlnetwork.member.MemberCategory.LIBRARY_TEAM)), "Hal is on a library team too, but does not show it");
        assertEquals(List.of(), found.apply(new uk.cmlnetwork.advice.MemberDirectoryQuery(null, null, null, null, null,
                uk.cmlnetwork.member.MemberCategory.SUPPORTER)));
        assertEquals("Porlock Library", network.inTransaction(s -> s.memberDirectory().matching(List.of(hal),
                uk.cmlnetwork.advice.MemberDirectoryQuery.ANYONE)).get(0).library());
    }

    @Test
    void remindersAndChangesGoAtOnceOrNeverAndEachRefusedChoiceIsNamed() {
        Member member = activeMember("Rita Reminded", "rita@example.org");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> {
            s.memberNews().choose(member.id(), Map.of(NewsKind.EVENT_REMINDERS, Frequency.WEEKLY,
                    NewsKind.EVENT_CHANGES, Frequency.DAILY, NewsKind.GROUP_NEWS, Frequency.WEEKLY));
            return null;
        }));
        assertEquals(java.util.Set.of("EVENT_REMINDERS", "EVENT_CHANGES"), refused.problems().keySet());
        assertEquals(List.of("EVENT_REMINDERS", "EVENT_CHANGES"), List.copyOf(refused.problems().keySet()), "in the page's order");
        assertEquals(Frequency.NEVER, network.inTransaction(s -> s.memberNews().choices(member.id())).get(NewsKind.GROUP_NEWS),
                "nothing of a refused choice is saved");
        boolean remindedAtFirst = network.inTransaction(s -> s.memberNews().wants(member.id().value(), NewsKind.EVENT_REMINDERS));
        assertTrue(remindedAtFirst, "until chosen");
        network.inTransaction(s -> {
            s.memberNews().choose(member.id(), Map.of(NewsKind.EVENT_REMINDERS, Frequency.NEVER));
            return null;
        });
        boolean reminded = network.inTransaction(s -> s.memberNews().wants(member.id().value(), NewsKind.EVENT_REMINDERS));
        boolean toldOfChanges = network.inTransaction(s -> s.memberNews().wants(member.id().value(), NewsKind.EVENT_CHANGES));
        assertFalse(reminded);
        assertTrue(toldOfChanges);
    }

    @Test
    void newsGoesAtOnceOrInOneEmailPerPeriodAsEachMemberChose() throws Exception {
        Member daily = activeMember("Dai Daily", "dai@example.org");
        Member atOnce = activeMember("Ona Once", "ona@example.org");
        Member never = activeMember("Nev Never", "nev@example.org");
        network.inTransaction(s -> {
            s.memberNews().choose(daily.id(), Map.of(NewsKind.FOLLOWED_ANSWERS, Frequency.DAILY));
            s.memberNews().choose(never.id(), Map.of(NewsKind.FOLLOWED_ANSWERS, Frequency.NEVER));
            return null;
        });
        assertEquals(Frequency.DAILY, network.inTransaction(s -> s.memberNews().choices(daily.id())).get(NewsKind.FOLLOWED_ANSWERS));
        assertEquals(Frequency.DAILY, network.inTransaction(s -> s.memberNews().choices(atOnce.id())).get(NewsKind.QUESTIONS_FOR_YOU),
                "the usual choice until a member chooses");
        for (Member member : List.of(daily, atOnce, never)) {
            network.inTransaction(s -> {
                s.memberNews().tell(member.id().value(), NewsKind.FOLLOWED_ANSWERS, "A new answer", "Bob answered.", FOOTER);
                s.memberNews().tell(member.id().value(), NewsKind.FOLLOWED_ANSWERS, "Another answer", "Cat answered.", FOOTER);
                return null;
            });
        }
        assertEquals(2, countRows("select count(*) from outgoing_email where to_email = 'ona@example.org'"));
        assertEquals(0, countRows("select count(*) from outgoing_email where to_email in ('dai@example.org', 'nev@example.org')"));

        DigestPeriod today = DigestPeriod.due(Frequency.DAILY, NOW, 7);
        assertEquals("daily 2026-03-01", today.key());
        assertEquals(null, DigestPeriod.due(Frequency.DAILY, Instant.parse("2026-03-01T06:59:00Z"), 7), "not before the hour");
        assertEquals(List.of(daily.id().value()), network.inTransaction(s -> s.memberNews().waitingFor(today)));
        assertTrue((boolean) network.inTransaction(s -> s.memberNews().sendDigest(daily.id().value(), today, FOOTER)));
        assertEquals(1, countRows("select count(*) from outgoing_email where to_email = 'dai@example.org'"
                + " and subject = 'Your daily news from CML Network: 2 items'"));

        // another server sending the same member's email for the same period is refused by the database
        network.inTransaction(s -> {
            s.memberNews().tell(daily.id().value(), NewsKind.FOLLOWED_ANSWERS, "A third answer", "Dee answered.", FOOTER);
            return null;
        });
        assertThrows(RuntimeException.class, () -> network.inTransaction(s -> s.memberNews().sendDigest(daily.id().value(), today, FOOTER)));
        assertEquals(List.of(), network.inTransaction(s -> s.memberNews().waitingFor(today)), "one email a period");
        assertEquals(1, countRows("select count(*) from outgoing_email where to_email = 'dai@example.org'"));

        DigestPeriod tomorrow = DigestPeriod.due(Frequency.DAILY, NOW.plus(Duration.ofDays(1)), 7);
        assertEquals(List.of(daily.id().value()), network.inTransaction(s -> s.memberNews().waitingFor(tomorrow)));
        assertTrue((boolean) network.inTransaction(s -> s.memberNews().sendDigest(daily.id().value(), tomorrow, FOOTER)));
        assertEquals(2, countRows("select count(*) from outgoing_email where to_email = 'dai@example.org'"));
        assertEquals(1, countRows("select count(*) from outgoing_email where to_email = 'dai@example.org'"
                + " and subject = 'Your daily news from CML Network: 1 item'"));
    }

    @Test
    void theAskerIsRemindedOnceAWeekAfterTheFirstAnswerIfNoSolutionIsMarked() throws Exception {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Member answerer = activeMember("Bob Answerer", "bob@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(asker.id(), true)); // no first-post review
        network.inTransaction(s -> s.memberAdministration().setCoordinator(answerer.id(), true));
        Member coordinatorAsker = network.inTransaction(s -> s.membership().find(asker.id()));
        Member coordinatorAnswerer = network.inTransaction(s -> s.membership().find(answerer.id()));
        Question question = asked(coordinatorAsker, "What should a lease say about repairs?", false);
        Question solvedOne = asked(coordinatorAsker, "Who insures a community library?", false);
        network.inTransaction(s -> {
            s.peerAdvice().answer(coordinatorAnswerer, question.id(), "Ask for a schedule of condition.");
            var answer = s.peerAdvice().answer(coordinatorAnswerer, solvedOne.id(), "Our council's broker.");
            s.peerAdvice().markSolution(coordinatorAsker, solvedOne.id(), answer.id());
            return null;
        });
        assertEquals(List.of(), network.inTransaction(s -> s.peerAdvice().dueForReminder(10)), "not before a week");

        try (CmlNetwork weekLater = CmlNetwork.open(jdbcUrl(), user(), password(),
                Clock.fixed(NOW.plus(Duration.ofDays(7)).plusSeconds(1), ZoneOffset.UTC), FAST_HASHING)) {
            List<Question> due = weekLater.inTransaction(s -> s.peerAdvice().dueForReminder(10));
            assertEquals(List.of(question.id()), due.stream().map(Question::id).toList(), "solved questions are not reminded");
            assertTrue((boolean) weekLater.inTransaction(s -> s.peerAdvice().remind(question.id())));
            assertFalse((boolean) weekLater.inTransaction(s -> s.peerAdvice().remind(question.id())), "once");
            assertEquals(List.of(), weekLater.inTransaction(s -> s.peerAdvice().dueForReminder(10)));
        }
    }

    @Test
    void aMemberFollowsAQuestionOnceAndTheirFollowsGoWhenTheyEraseTheirAccount() {
        Member asker = activeMember("Ann Asker", "ann@example.org");
        Member reader = activeMember("Rea Reader", "rea@example.org");
        Question question = asked(asker, "What should a lease say about repairs?", false);
        network.inTransaction(s -> {
            s.peerRouting().follow(reader, question.id());
            s.peerRouting().follow(reader, question.id());
            return null;
        });
        assertEquals(List.of(reader.id().value()), network.inTransaction(s -> s.peerRouting().followersOf(question.id())));
        network.inTransaction(s -> {
            s.peerRouting().unfollow(reader, question.id());
            return null;
        });
        assertEquals(List.of(), network.inTransaction(s -> s.peerRouting().followersOf(question.id())));

        network.inTransaction(s -> {
            s.peerRouting().follow(reader, question.id());
            s.peerRouting().recordExperience(reader, List.of("community-asset-transfer"), "leases");
            s.memberNews().choose(reader.id(), Map.of(NewsKind.FOLLOWED_ANSWERS, Frequency.WEEKLY));
            s.accountErasure().erase(reader.id());
            return null;
        });
        assertEquals(List.of(), network.inTransaction(s -> s.peerRouting().followersOf(question.id())));
    }
}
