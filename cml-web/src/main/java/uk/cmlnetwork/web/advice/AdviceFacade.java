package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.AnswerId;
import uk.cmlnetwork.advice.AskQuestion;
import uk.cmlnetwork.advice.AwaitingDecision;
import uk.cmlnetwork.advice.PeerAdvice;
import uk.cmlnetwork.advice.PublicQuestion;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.advice.Visibility;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.mail.MemberMail;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.setup.Settings;

/**
 * The transaction boundary for Ask the network, for signed-in members. The core checks who may do
 * what; this emails the asker each new answer, and an answer's author when it is marked the solution,
 * in the same transaction as the change.
 */
@ApplicationScoped
@Transactional
public class AdviceFacade {
    /** The most questions a list shows. */
    public static final int LIST_SIZE = 50;

    @Inject
    PeerAdvice advice;

    @Inject
    Topics topics;

    @Inject
    CurrentMember current;

    @Inject
    MemberMail mail;

    @Inject
    Settings settings;

    public List<Question> list(QuestionList which, String topicCode, String words) {
        current.mustTakePart();
        return advice.list(which, topicCode, words, LIST_SIZE);
    }

    public List<Question> similarTo(String title) {
        current.mustTakePart();
        return advice.similarTo(title);
    }

    public Question ask(AskQuestion asked) {
        return advice.ask(current.mustTakePart(), asked);
    }

    public Question question(QuestionId id) {
        return advice.read(current.mustTakePart(), id);
    }

    public List<Answer> answers(QuestionId id) {
        return advice.answersTo(current.mustTakePart(), id);
    }

    public Answer answer(QuestionId id, String body) {
        Answer answer = advice.answer(current.mustTakePart(), id, body);
        tellAskerOf(answer);
        return answer;
    }

    /** Reports a question or an answer to the coordinators. */
    public void report(String postId) {
        advice.report(current.mustTakePart(), postId);
    }

    public AwaitingDecision awaitingDecision() {
        return advice.awaitingDecision(current.mustTakePart());
    }

    /** A coordinator lets it be shown; an answer shown for the first time is emailed to the asker then. */
    public void approve(String postId) {
        advice.approve(current.mustTakePart(), postId);
        advice.findAnswerIfAny(postId).ifPresent(this::tellAskerOf);
    }

    public void remove(String postId) {
        advice.remove(current.mustTakePart(), postId);
    }

    private void tellAskerOf(Answer answer) {
        Question question = advice.find(answer.questionId());
        if (answer.visibility() == Visibility.SHOWN && !question.isAskedBy(answer.authorId())) {
            mail.tell(question.askerId(), "advice", "A new answer to your question: " + question.title(),
                    answer.authorName() + " answered your question \"" + question.title() + "\":\n\n" + answer.body()
                            + "\n\nRead it, and mark the answer that solved it: " + link(question) + "\n");
        }
    }

    public Answer markHelped(AnswerId id) {
        return advice.markHelped(current.mustTakePart(), id);
    }

    public Answer markSolution(QuestionId id, AnswerId answerId) {
        Answer answer = advice.markSolution(current.mustTakePart(), id, answerId);
        Question question = advice.find(id);
        if (!answer.isWrittenBy(current.id().value())) {
            mail.tell(answer.authorId(), "advice", "Your answer solved a question: " + question.title(),
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
