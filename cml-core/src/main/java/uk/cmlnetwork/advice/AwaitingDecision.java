package uk.cmlnetwork.advice;

import java.util.List;

/** The questions and answers coordinators must decide on, oldest first. */
public record AwaitingDecision(List<Question> questions, List<Answer> answers) {
    public int count() {
        return questions.size() + answers.size();
    }
}
