package uk.cmlnetwork.advice;

import java.util.List;
import java.util.Optional;

/** Where questions, answers and "this helped" marks are kept. */
public interface Questions {
    void store(Question question);

    Optional<Question> find(QuestionId id);

    /** A list, newest first; only those with this topic, or these words in the title or body, when given. */
    List<Question> list(QuestionList which, String topicCode, String words, int limit);

    /** Questions whose title has any of these words (already lower case), solved first, then newest. */
    List<Question> withTitleWords(List<String> words, int limit);

    void store(Answer answer);

    Optional<Answer> findAnswer(AnswerId id);

    /** A question's answers, oldest first. */
    List<Answer> answersTo(QuestionId question);

    boolean hasMark(String key);

    void store(HelpedMark mark);

    /** The member erased their account: their questions and answers stay, no longer naming them. */
    void forgetMember(String memberId);
}
