package uk.cmlnetwork.news;

/**
 * The kinds of news a member chooses how often to hear. Emails about the member's account (confirming
 * an address, resetting a password) are not news: they always go.
 */
public enum NewsKind {
    QUESTIONS_FOR_YOU("New questions you may be able to answer",
            "Questions in topics you follow or have experience of, and from libraries like yours", Frequency.DAILY),
    FOLLOWED_ANSWERS("New answers to questions you follow",
            "Including your own questions, and those you answered", Frequency.AT_ONCE),
    ABOUT_YOUR_POSTS("What happens to your questions and answers",
            "A coordinator's decision about them, an answer of yours marked as the solution, a reminder to mark one",
            Frequency.AT_ONCE),
    GROUP_NEWS("News from your regional group",
            "Its coordinator's messages to members in its regions: meetups, visits, local news. Only if you choose to",
            Frequency.NEVER);

    private final String label;
    private final String hint;
    private final Frequency usual;

    NewsKind(String label, String hint, Frequency usual) {
        this.label = label;
        this.hint = hint;
        this.usual = usual;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** What a member gets until they choose. */
    public Frequency usual() {
        return usual;
    }
}
