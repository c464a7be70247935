package uk.cmlnetwork.advice;

import java.time.Instant;
import java.util.List;
import uk.cmlnetwork.shared.Region;
import java.util.Optional;

/** Where questions, answers and "this helped" marks are kept. */
public interface Questions {
    void store(Question question);

    Optional<Question> find(QuestionId id);

    /**
     * A list of shown questions, newest first; only those with this topic, asked from this region, or
     * with these words in the title or body, when given.
     */
    List<Question> list(QuestionList which, String topicCode, Region region, String words, int limit);

    /** Shown, unsolved questions first answered before this moment whose askers were not reminded yet. */
    List<Question> dueForReminder(Instant answeredBefore, int limit);

    /** Records the reminder unless one was already recorded; false then. */
    boolean markReminded(QuestionId id, Instant at);

    /** Shown questions whose title has any of these words (already lower case), solved first, then newest. */
    List<Question> withTitleWords(List<String> words, int limit);

    void store(Answer answer);


    Optional<Answer> findAnswer(AnswerId id);

    /** A question's answers, oldest first. */
    List<Answer> answersTo(QuestionId question);

    boolean hasMark(String key);

    void store(HelpedMark mark);

    /** Public questions (solved, shown, made public by their askers), newest first. */
    List<Question> publicQuestions(int limit);

    /** Shown questions, not merged, solved after this moment, newest solution first. */
    List<Question> solvedSince(Instant since, int limit);

    /** Public questions with these words (lower case) in the title or text, newest first. */
    List<Question> publicMatching(String words, int limit);

    /** How many of the member's questions and answers are shown (a new member's first posts wait for review). */
    long shownPostsBy(String memberId);

    /** How many of the question's answers are shown. */
    int shownAnswersTo(QuestionId question);

    List<Question> questionsAwaitingDecision();

    List<Answer> answersAwaitingDecision();

    boolean hasReport(String key);

    void store(Report report);

    /** The member's questions and answers, oldest first (their own data, for them to download). */
    List<Question> questionsBy(String memberId);

    List<Answer> answersBy(String memberId);

    void store(ReplyAddress address);

    Optional<ReplyAddress> findReplyAddress(String token);

    /** The member erased their account: their questions and answers stay, no longer naming them. */
    void forgetMember(String memberId);
}
