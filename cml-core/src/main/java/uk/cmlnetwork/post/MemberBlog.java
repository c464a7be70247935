package uk.cmlnetwork.post;

import java.time.Clock;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/**
 * Guest posts from member libraries: a member writes and submits, a coordinator approves, asks for
 * changes or rejects, and published posts are read by all. The caller owns the transaction.
 */
public class MemberBlog {
    private final Posts posts;
    private final Topics topics;
    private final PostText text;
    private final InputCheck inputCheck;
    private final Clock clock;

    public MemberBlog(Posts posts, Topics topics, PostText text, InputCheck inputCheck, Clock clock) {
        this.posts = posts;
        this.topics = topics;
        this.text = text;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /** A new draft. */
    public Post write(PostWriter writer, WritePost draft) {
        mustBeSomeone(writer);
        inputCheck.check(draft);
        List<Topic> chosen = topics.chosen(draft.topicCodes());
        Post post = new Post(PostId.newId(), writer.writerId(), draft, text.toHtml(draft.body()), chosen, clock.instant());
        posts.store(post);
        return post;
    }

    /** The writer changes their post; a published one goes back to review. */
    public Post edit(PostWriter writer, PostId id, WritePost change) {
        Post post = ownPost(writer, id);
        inputCheck.check(change);
        post.edit(change, text.toHtml(change.body()), topics.chosen(change.topicCodes()), clock.instant());
        return post;
    }

    public Post submit(PostWriter writer, PostId id) {
        Post post = ownPost(writer, id);
        post.submit(clock.instant());
        return post;
    }

    public Post approve(PostWriter reviewer, PostId id) {
        Post post = toReview(reviewer, id);
        post.approve(clock.instant());
        return post;
    }

    public Post askForChanges(PostWriter reviewer, PostId id, String comment) {
        Post post = toReview(reviewer, id);
        post.askForChanges(comment(comment, "Say what the writer should change"));
        return post;
    }

    public Post reject(PostWriter reviewer, PostId id, String comment) {
        Post post = toReview(reviewer, id);
        post.reject(comment(comment, "Say why the post is not accepted: the writer is told"));
        return post;
    }

    private static String comment(String comment, String whenMissing) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInput.of("comment", whenMissing);
        }
        if (comment.strip().length() > 2000) {
            throw InvalidInput.of("comment", "The comment must be 2,000 characters or fewer");
        }
        return comment;
    }

    /** A post as this reader may see it: published ones to all; others to their writer and reviewers. */
    public Post read(PostWriter reader, PostId id) {
        Post post = find(id);
        boolean mayRead = post.isPublished() || reader != null
                && (post.isWrittenBy(reader.writerId()) || reader.reviewsPosts());
        if (!mayRead) {
            throw new NotFound("post", id.value()); // an unpublished post is not shown to exist
        }
        return post;
    }

    public List<Post> published(String topicCode, LibraryId library, int limit) {
        return posts.published(topicCode == null || topicCode.isBlank() ? null : topicCode, library, limit);
    }

    /** Published posts mentioning these words, newest first (the site's search). */
    public List<Post> publishedMatching(String words, int limit) {
        return words == null || words.isBlank() ? List.of() : posts.publishedMatching(words.strip().toLowerCase(java.util.Locale.ROOT), limit);
    }

    public List<Post> inReview(PostWriter reviewer) {
        mustReview(reviewer);
        return posts.inReview();
    }

    public List<Post> writtenBy(PostWriter writer) {
        mustBeSomeone(writer);
        return posts.writtenBy(writer.writerId());
    }

    /** The writer erased their account: drafts and unpublished posts go, published ones stay unnamed. */
    public void forgetWriter(String writerId) {
        for (Post post : posts.writtenBy(writerId)) {
            if (post.isPublished()) {
                post.forgetWriter();
            } else {
                posts.remove(post);
            }
        }
    }

    private Post find(PostId id) {
        return posts.find(id).orElseThrow(() -> new NotFound("post", id.value()));
    }

    private Post ownPost(PostWriter writer, PostId id) {
        mustBeSomeone(writer);
        Post post = find(id);
        if (!post.isWrittenBy(writer.writerId())) {
            throw new DomainException("Only the member who wrote this post can change it");
        }
        return post;
    }

    private Post toReview(PostWriter reviewer, PostId id) {
        mustReview(reviewer);
        return find(id);
    }

    private static void mustBeSomeone(PostWriter writer) {
        if (writer == null || writer.writerId() == null) {
            throw new DomainException("Sign in as a member to write posts");
        }
    }

    private static void mustReview(PostWriter reviewer) {
        if (reviewer == null || !reviewer.reviewsPosts()) {
            throw new DomainException("Only the network's coordinators review posts");
        }
    }
}
