package uk.cmlnetwork.news;

import java.util.List;

/**
 * The kinds of email a member chooses how often to get. Emails about the member's account (confirming
 * an address, resetting a password) and about a booking itself (its confirmation, its cancellation, the
 * event cancelled) are not news: they always go.
 */
public enum NewsKind {
    QUESTIONS_FOR_YOU("New questions you may be able to answer",
            "Questions in topics you follow or have experience of, and from libraries like yours", Frequency.DAILY),
    FOLLOWED_ANSWERS("New answers to questions you follow",
            "Including your own questions, and those you answered", Frequency.AT_ONCE),
    ABOUT_YOUR_POSTS("Decisions about what you sent in",
            "A decision about your blog posts, questions, answers, library suggestions and claims, and meetup proposals;"
                    + " an answer of yours marked as the solution; a reminder to mark one",
            Frequency.AT_ONCE),
    WAITING_FOR_YOU("New things waiting for your decision",
            "Only for coordinators, regional group coordinators and library editors: posts to review, meetup proposals,"
                    + " library suggestions and claims", Frequency.DAILY),
    EVENT_REMINDERS("Reminders of events you booked",
            "Two days before and on the day, with the joining link for an online event", Frequency.AT_ONCE,
            Frequency.AT_ONCE, Frequency.NEVER),
    EVENT_CHANGES("Changes to events you booked",
            "A new time, place or joining link, with the updated calendar entry; recordings and handouts added"
                    + " afterwards", Frequency.AT_ONCE, Frequency.AT_ONCE, Frequency.NEVER),
    GROUP_NEWS("News from your regional group",
            "Its coordinator's messages to members in its regions: meetups, visits, local news. Only if you choose to",
            Frequency.NEVER);

    private final String label;
    private final String hint;
    private final Frequency usual;
    private final List<Frequency> offered;

    NewsKind(String label, String hint, Frequency usual, Frequency... offered) {
        this.label = label;
        this.hint = hint;
        this.usual = usual;
        this.offered = offered.length == 0 ? List.of(Frequency.values()) : List.of(offered);
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

    /**
     * The choices that make sense: a reminder or a changed time is no use in tomorrow's email, so those go
     * at once or not at all.
     */
    public List<Frequency> offered() {
        return offered;
    }

    /** Each choice the kind does not offer, by kind name, in the order of the kinds. */
    public static java.util.Map<String, String> problemsWith(java.util.Map<NewsKind, Frequency> choices) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (NewsKind kind : NewsKind.values()) {
            Frequency frequency = choices.get(kind);
            if (frequency != null && !kind.offered().contains(frequency)) {
                problems.put(kind.name(), "Choose " + kind.offered().stream().map(f -> f.label().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(" or ")) + " for " + kind.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return problems;
    }

}
