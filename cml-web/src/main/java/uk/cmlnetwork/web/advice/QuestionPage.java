package uk.cmlnetwork.web.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.AnswerId;
import uk.cmlnetwork.advice.Peer;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.advice.Visibility;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.Pages;

/** One question: its details, the solution under it, the answers, and a form to answer. */
@Named
@ViewScoped
public class QuestionPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AdviceFacade advice;

    private String id;
    private String answer;
    private String keptId;
    private transient Question question;
    private transient List<Answer> answers;
    private transient List<Peer> mayKnow;
    private transient List<Question> mergeCandidates;
    private transient Boolean following;

    public void load() {
        try {
            refresh();
        } catch (NotFound | IllegalArgumentException unknown) {
            Pages.notFound();
        }
    }

    private void refresh() {
        mayKnow = null;
        mergeCandidates = null;
        following = null;
        QuestionId questionId = new QuestionId(id == null ? "" : id);
        question = advice.question(questionId);
        answers = advice.answers(questionId);
    }

    public String answer() {
        return Pages.attempt(Map.of("answer", "answer:text"), () -> {
            Answer added = advice.answer(question().id(), answer);
            Pages.showInfo(added.visibility() == Visibility.SHOWN ? "Your answer is added. The member who asked, and those who follow the question, are told"
                    : "Your answer is added. As one of your first posts, it waits for a coordinator before others see it");
            answer = null;
            refresh();
            return null;
        });
    }

    public String helped(String answerId) {
        return Pages.attempt(Map.of(), () -> {
            advice.markHelped(new AnswerId(answerId));
            Pages.showInfo("Thank you: the answer shows that it helped");
            refresh();
            return null;
        });
    }

    public String report(String postId) {
        return Pages.attempt(Map.of(), () -> {
            advice.report(postId);
            Pages.showInfo("Thank you: the coordinators will look at it");
            refresh();
            return null;
        });
    }

    public String follow() {
        return Pages.attempt(Map.of(), () -> {
            advice.follow(question().id());
            following = true;
            Pages.showInfo("You follow this question: you will hear of new answers, as you chose in your email choices");
            return null;
        });
    }

    public String unfollow() {
        return Pages.attempt(Map.of(), () -> {
            advice.unfollow(question().id());
            following = false;
            Pages.showInfo("You no longer follow this question");
            return null;
        });
    }

    public boolean isFollowing() {
        if (following == null) {
            following = advice.follows(question().id());
        }
        return following;
    }

    /** For the asker: members in the member directory who may know, and why. */
    public List<Peer> getPeopleWhoMayKnow() {
        if (mayKnow == null) {
            mayKnow = advice.peopleWhoMayKnow(question());
        }
        return mayKnow;
    }

    /** A coordinator closes the question to new answers, or opens it again. */
    public String lock(boolean locked) {
        return Pages.attempt(Map.of(), () -> {
            advice.lock(question().id(), locked);
            Pages.showInfo(locked ? "The question is closed to new answers" : "The question takes new answers again");
            refresh();
            return null;
        });
    }

    /** A coordinator hides a question or an answer from members (shown again from the review page). */
    public String hide(String postId) {
        return Pages.attempt(Map.of(), () -> {
            advice.remove(postId);
            Pages.showInfo("Hidden from members. Coordinators still see it here, and can show it again");
            refresh();
            return null;
        });
    }

    /** A coordinator makes the solved question a resource ("From the network: ..."). */
    public String makeResource() {
        return Pages.attempt(Map.of(), () -> {
            advice.makeResource(question().id());
            Pages.showInfo("It is on the resources page now, as \"From the network: " + question().title() + "\"");
            refresh();
            return null;
        });
    }

    /** A coordinator shows a hidden question or answer again. */
    public String showAgain(String postId) {
        return Pages.attempt(Map.of(), () -> {
            advice.approve(postId);
            Pages.showInfo("Shown to members again");
            refresh();
            return null;
        });
    }

    /** A coordinator merges this question into the one chosen. */
    public String merge() {
        return Pages.attempt(Map.of(), () -> {
            if (keptId == null || keptId.isBlank()) {
                Pages.showProblems(uk.cmlnetwork.shared.InvalidInput.of("kept", "Choose the question to keep"),
                        Map.of("kept", "keeping:kept"));
                return null;
            }
            advice.merge(question().id(), new QuestionId(keptId));
            Pages.showInfo("Merged: its answers are now with the question kept");
            refresh();
            return null;
        });
    }

    /** Questions this one may duplicate, for a coordinator to merge it into. */
    public List<Question> getMergeCandidates() {
        if (mergeCandidates == null) {
            mergeCandidates = advice.similarTo(question().title()).stream().filter(q -> !q.id().equals(question().id())).toList();
        }
        return mergeCandidates;
    }

    public boolean isCoordinator() {
        return advice.isCoordinator();
    }

    public boolean mayChange(Answer answer) {
        return advice.mayChange(answer);
    }

    public boolean isMayChangeQuestion() {
        return advice.mayChange(question());
    }

    public String makePublic() {
        return Pages.attempt(Map.of(), () -> {
            advice.makePublic(question().id());
            Pages.showInfo("Your question and its solution are public: anyone can find and read them");
            refresh();
            return null;
        });
    }

    public String solution(String answerId) {
        return Pages.attempt(Map.of(), () -> {
            advice.markSolution(question().id(), new AnswerId(answerId));
            Pages.showInfo("Marked as the solution");
            refresh();
            return null;
        });
    }

    public Question getQuestion() {
        return question();
    }

    private Question question() {
        if (question == null) {
            refresh();
        }
        return question;
    }

    public List<Answer> getAnswers() {
        if (answers == null) {
            refresh();
        }
        return answers;
    }

    /** The answer that solved the question, or null. */
    public Answer getSolution() {
        Question shown = question();
        return shown.isSolved() ? getAnswers().stream().filter(a -> a.id().equals(shown.solution())).findFirst().orElse(null)
                : null;
    }

    /** Whether the signed-in member asked this question. */
    public boolean isAsker() {
        return advice.isAsker(question());
    }

    public boolean isMayMarkSolution() {
        return advice.mayMarkSolution(question());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getKeptId() { return keptId; }
    public void setKeptId(String keptId) { this.keptId = keptId; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
