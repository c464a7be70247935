package uk.cmlnetwork.member;

/** The exact words shown next to each consent box; stored with every answer. */
public final class ConsentWording {
    public static final String NEWSLETTER =
            "Send me the network's monthly newsletter by email. I can unsubscribe at any time.";
    public static final String DIRECTORY =
            "List me in the member directory, which only signed-in members can see, "
                    + "showing my name and the details I choose below.";

    private ConsentWording() {
    }
}
