package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.advice.AdviceModeration;
import uk.cmlnetwork.advice.AnswersByEmail;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.AnswerId;
import uk.cmlnetwork.advice.AskQuestion;
import uk.cmlnetwork.advice.AwaitingDecision;
import uk.cmlnetwork.advice.Experience;
import uk.cmlnetwork.advice.Peer;
import uk.cmlnetwork.advice.PeerRouting;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.PublicQuestion;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.advice.Visibility;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.mail.NewsMail;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.EmailLimits;
import uk.cmlnetwork.web.security.NotAllowed;
import uk.cmlnetwork.web.setup.Settings;

/**
 * The transaction boundary for Ask the network, for signed-in members. The core checks who may do
 * what; this tells the people concerned, each as they chose ({@link NewsMail}), in the same
 * transaction as the change: a question once shown, the members who may know (followers of its topics,
 * members with experience of them, members at libraries like the asker's); an answer once shown, the
 * question's followers (the asker and those who answered follow it); a solution, its author; a week
 * after the first answer, an asker who marked no solution.
 */
@ApplicationScoped
@Transactional
public class AdviceFacade {
    @Inject
    uk.cmlnetwork.web.mail.DecidersNews deciders;

    /** The most questions a list shows. */
    public static final int LIST_SIZE = 50;
    /** The most "people who may know" shown to an asker. */
    static final int MAY_KNOW = 5;

    @Inject
    PeerAdvice advice;

    @Inject
    Topics topics;

    @Inject
    CurrentMember current;

    @Inject
    PeerRouting routing;

    @Inject
    AdviceModeration moderation;

    @Inject
    AnswersByEmail answersByEmail;

    @Inject
    MembershipService membership;

    @Inject
    EmailLimits emailLimits;

    @Inject
    MailOutbox outbox;

    @Inject
    NewsMail news;

    @Inject
    Settings settings;

    public List<Question> list(QuestionList which, String topicCode, Region region, String words) {
        current.mustTakePart();
        return advice.list(which, topicCode, region, words, LIST_SIZE);
    }

    public List<Question> similarTo(String title) {
        current.mustTakePart();
        return advice.similarTo(title);
    }

    public Question ask(AskQuestion asked) {
        Member asker = current.mustTakePart();
        Question question = advice.ask(asker, asked);
        routing.follow(asker, question.id());
        if (question.visibility() == Visibility.SHOWN) {
            tellPeersOf(question);
        } else if (question.visibility() == Visibility.WAITING) {
            deciders.adviceToApprove("A new member's question", question.title());
        }
        return question;
    }

    public Question question(QuestionId id) {
        return advice.read(current.mustTakePart(), id);
    }

    public List<Answer> answers(QuestionId id) {
        return advice.answersTo(current.mustTakePart(), id);
    }

    public Answer answer(QuestionId id, String body) {
        Member author = current.mustTakePart();
        Answer answer = advice.answer(author, id, body);
        routing.follow(author, id);
        if (answer.visibility() == Visibility.SHOWN) {
            tellFollowersOf(answer);
        } else if (answer.visibility() == Visibility.WAITING) {
            deciders.adviceToApprove("A new member's answer", advice.read(author, id).title());
        }
        return answer;
    }

    /** Reports a question or an answer to the coordinators. */
    public void report(String postId) {
        advice.report(current.mustTakePart(), postId);
    }

    public AwaitingDecision awaitingDecision() {
        return moderation.awaitingDecision(current.mustTakePart());
    }

    /** A coordinator lets it be shown; a post shown for the first time is told about then, as if just written. */
    public void approve(String postId) {
        Optional<Answer> answer = advice.findAnswerIfAny(postId);
        Question question = answer.isPresent() ? null : advice.find(new QuestionId(postId));
        boolean firstShown = answer.map(a -> a.visibility() == Visibility.WAITING)
                .orElseGet(() -> question.visibility() == Visibility.WAITING);
        moderation.approve(current.mustTakePart(), postId);
        if (firstShown) {
            answer.ifPresentOrElse(this::tellFollowersOf, () -> tellPeersOf(question));
            Question about = question != null ? question : advice.find(answer.get().questionId());
            tellAuthor(postId, about, (question != null ? "Your question" : "Your answer") + " is shown to members: " + about.title(),
                    "A coordinator read " + (question != null ? "your question" : "your answer to") + " \"" + about.title()
                            + "\" and it is now shown to members.\n\n" + link(about) + "\n");
        }
    }

    /** A coordinator hides a question or an answer from members; its author is told. */
    public void remove(String postId) {
        moderation.remove(current.mustTakePart(), postId);
        Optional<Answer> answer = advice.findAnswerIfAny(postId);
        Question about = answer.isPresent() ? advice.find(answer.get().questionId()) : advice.find(new QuestionId(postId));
        tellAuthor(postId, about, (answer.isPresent() ? "Your answer" : "Your question") + " was taken down: " + about.title(),
                "A coordinator took down " + (answer.isPresent() ? "your answer to" : "your question") + " \"" + about.title()
                        + "\". Members no longer see it. If you think this is a mistake, ask a coordinator to look at it again.\n");
    }

    /** The author of a question or an answer hears of a coordinator's decision about it. */
    private void tellAuthor(String postId, Question question, String subject, String text) {
        String author = advice.findAnswerIfAny(postId).map(Answer::authorId).orElse(question.askerId());
        news.tell(author, NewsKind.ABOUT_YOUR_POSTS, subject, text);
    }

    public Question editQuestion(QuestionId id, AskQuestion edited) {
        return advice.editQuestion(current.mustTakePart(), id, edited);
    }

    public Answer editAnswer(AnswerId id, String body) {
        return advice.editAnswer(current.mustTakePart(), id, body);
    }

    /** The answer with this id, if the id is an answer's (not a question's). */
    public Optional<Answer> answerIfAny(String postId) {
        current.mustTakePart();
        return advice.findAnswerIfAny(postId);
    }

    /** The answer with this id, for its author or a coordinator to change; anyone else is refused. */
    public Answer answerToChange(AnswerId id) {
        Member member = current.mustTakePart();
        Answer answer = advice.findAnswer(id);
        advice.read(member, answer.questionId());
        if (!mayChange(answer)) {
            throw new NotAllowed();
        }
        return answer;
    }

    /** The question with this id, for its asker or a coordinator to change; anyone else is refused. */
    public Question questionToChange(QuestionId id) {
        Question question = question(id);
        if (!mayChange(question)) {
            throw new NotAllowed();
        }
        return question;
    }

    public Question lock(QuestionId id, boolean locked) {
        return moderation.lock(current.mustTakePart(), id, locked);
    }

    /** A coordinator merges a duplicate into the question kept; the duplicate's followers follow the kept one. */
    public Question merge(QuestionId duplicate, QuestionId kept) {
        Question into = moderation.merge(current.mustTakePart(), duplicate, kept);
        routing.moveFollowers(duplicate, kept);
        return into;
    }

    /** A coordinator makes a solved question a resource, linked both ways. */
    public Resource makeResource(QuestionId id) {
        return moderation.makeResource(current.mustTakePart(), id);
    }

    public boolean mayChange(Question question) {
        return question.isAskedBy(current.id().value()) || current.isCoordinator();
    }

    public boolean mayChange(Answer answer) {
        return answer.isWrittenBy(current.id().value()) || current.isCoordinator();
    }

    public boolean isCoordinator() {
        return current.isCoordinator();
    }

    private void tellPeersOf(Question question) {
        routing.whoToTell(question).forEach((member, reason) -> news.tellAbout(question.id(), member, NewsKind.QUESTIONS_FOR_YOU,
                "A question you may be able to answer: " + question.title(),
                question.askerName() + " asked \"" + question.title() + "\":\n\n" + question.body() + "\n\n"
                        + reason + " Read it and answer: " + link(question) + "\n"));
    }

    /** The question's followers hear of a new answer; never its author. */
    private void tellFollowersOf(Answer answer) {
        Question question = advice.find(answer.questionId());
        for (String follower : routing.followersOf(question.id())) {
            if (answer.isWrittenBy(follower)) {
                continue;
            }
            boolean asker = question.isAskedBy(follower);
            news.tellAbout(question.id(), follower, NewsKind.FOLLOWED_ANSWERS,
                    (asker ? "A new answer to your question: " : "A new answer to a question you follow: ") + question.title(),
                    answer.authorName() + " answered \"" + question.title() + "\":\n\n" + answer.body() + "\n\n"
                            + (asker ? "Read it, and mark the answer that solved it: " : "Read it: ") + link(question) + "\n");
        }
    }

    /**
     * A reply to a notification, read from the replies mailbox (background work: no member signed in),
     * becomes the member's answer, told about as one from the page.
     *
     * @throws uk.cmlnetwork.shared.DomainException with the reason to tell the sender, if refused
     */
    public Answer answerByEmail(String token, String from, String text) {
        Answer answer = answersByEmail.answer(token, from, text);
        routing.follow(membership.find(new MemberId(answer.authorId())), answer.questionId());
        if (answer.visibility() == Visibility.SHOWN) {
            tellFollowersOf(answer);
        }
        return answer;
    }

    /**
     * Tells the sender of a refused reply why, unless this address has had its share of emails this hour
     * (a forged sender must not make the site send many).
     */
    public void refuseEmailedAnswer(String from, String subject, String reason) {
        try {
            emailLimits.check(from, "replies-mailbox");
        } catch (InvalidInput overTheLimit) {
            return;
        }
        outbox.queue(new Letter("advice-refused", from, null, "Your answer by email was not added: " + subject,
                "Hello,\n\nWe received your email \"" + subject + "\" but could not add it as an answer on CML Network. "
                        + reason + ".\n\nThe questions are at " + settings.siteUrl() + "account/questions.xhtml\n"));
    }

    /** Questions whose askers are due the reminder to mark a solution (background work: no member signed in). */
    public List<Question> dueForReminder() {
        return advice.dueForReminder(LIST_SIZE);
    }

    /** Reminds the asker once, unless another server already did. */
    public void remindAsker(QuestionId id) {
        if (advice.remind(id)) {
            Question question = advice.find(id);
            news.tell(question.askerId(), NewsKind.ABOUT_YOUR_POSTS, "Did an answer solve your question? " + question.title(),
                    "A week ago your question \"" + question.title() + "\" got its first answer; it now has "
                            + question.answerCount() + ". If one of them solved it, mark it as the solution, so that others "
                            + "with the same question find it, and thank its author:\n\n" + link(question) + "\n");
        }
    }

    public void follow(QuestionId id) {
        Member member = current.mustTakePart();
        advice.read(member, id);
        routing.follow(member, id);
    }

    public void unfollow(QuestionId id) {
        routing.unfollow(current.mustTakePart(), id);
    }

    public boolean follows(QuestionId id) {
        return routing.follows(current.mustTakePart(), id);
    }

    /** For the asker (and coordinators): members in the directory who may know, and why. */
    public List<Peer> peopleWhoMayKnow(Question question) {
        return question.isAskedBy(current.id().value()) || current.isCoordinator()
                ? routing.peopleWhoMayKnow(question, MAY_KNOW) : List.of();
    }

    public Experience experience() {
        return routing.experienceOf(current.mustTakePart());
    }

    public List<Topic> topicsFollowed() {
        return routing.topicsFollowedBy(current.mustTakePart());
    }

    /** Records the member's experience and the topics they follow, together. */
    public void recordExperience(List<String> experienceTopics, String ownWords, List<String> followedTopics) {
        Member member = current.mustTakePart();
        routing.recordExperience(member, experienceTopics, ownWords);
        routing.followTopics(member, followedTopics);
    }

    public Answer markHelped(AnswerId id) {
        return advice.markHelped(current.mustTakePart(), id);
    }

    public Answer markSolution(QuestionId id, AnswerId answerId) {
        Answer answer = advice.markSolution(current.mustTakePart(), id, answerId);
        Question question = advice.find(id);
        if (!answer.isWrittenBy(current.id().value())) {
            news.tell(answer.authorId(), NewsKind.ABOUT_YOUR_POSTS, "Your answer solved a question: " + question.title(),
                    "Your answer to \"" + question.title() + "\" was marked as the one that solved it. Thank you.\n\n"
                            + link(question) + "\n");
        }
        return answer;
    }

    public Question makePublic(QuestionId id) {
        return advice.makePublic(current.mustTakePart(), id);
    }

    /** Public questions and their solutions: anyone may read them, signed in or not. */
    public List<PublicQuestion> publicQuestions() {
        return advice.publicQuestions(LIST_SIZE);
    }

    public PublicQuestion publicQuestion(QuestionId id) {
        return advice.publicQuestion(id);
    }

    public boolean isAsker(Question question) {
        return question.isAskedBy(current.id().value());
    }

    public boolean mayMarkSolution(Question question) {
        return question.isAskedBy(current.id().value()) || current.isCoordinator();
    }

    public List<Topic> topics() {
        return topics.all();
    }

    private String link(Question question) {
        return settings.siteUrl() + "account/question.xhtml?id=" + question.id().value();
    }
}
