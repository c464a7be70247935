package uk.cmlnetwork.advice;

/**
 * A question its asker made public, with the answer that solved it, and the names of the two members as
 * each chose for the member directory ("A member of the network" if they did not).
 */
public record PublicQuestion(Question question, String askerShownAs, Answer solution, String solverShownAs) {
    public static final String UNNAMED = "A member of the network";
}
