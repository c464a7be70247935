package uk.cmlnetwork.post;

/**
 * A member as the blog sees them: who they are, and whether they review posts (a coordinator).
 * The membership answers, without the blog depending on it.
 */
public interface PostWriter {
    String writerId();

    /** May approve, send back or reject posts. */
    boolean reviewsPosts();
}
