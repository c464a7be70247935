package uk.cmlnetwork.post;

import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryId;

public interface Posts {
    void store(Post post);

    void remove(Post post);

    Optional<Post> find(PostId id);

    /** Published posts, newest first; a null topic code or library means any. */
    List<Post> published(String topicCode, LibraryId library, int limit);

    /** Posts waiting for review, oldest submitted first. */
    List<Post> inReview();

    /** Published posts with these words (lower case) in the title or text, newest first. */
    List<Post> publishedMatching(String words, int limit);

    /** A member's own posts, newest change first. */
    List<Post> writtenBy(String writerId);
}
