package uk.cmlnetwork.advice;

/** The lists of questions members look through. */
public enum QuestionList {
    NEWEST("Newest"),
    UNANSWERED("Not yet answered"),
    UNSOLVED("Not yet solved"),
    SOLVED("Solved");

    private final String label;

    QuestionList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
