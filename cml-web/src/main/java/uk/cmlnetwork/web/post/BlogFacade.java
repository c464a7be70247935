package uk.cmlnetwork.web.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.post.MemberBlog;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.post.PostId;
import uk.cmlnetwork.post.WritePost;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.NotAllowed;
import uk.cmlnetwork.web.setup.Settings;

/**
 * The transaction boundary for guest posts. The core checks who may do what; this adds that the
 * account is active, and emails the writer each review decision with the change it reports.
 */
@ApplicationScoped
@Transactional
public class BlogFacade {
    /** The most posts a list or feed shows. */
    public static final int LIST_SIZE = 50;

    @Inject
    MemberBlog blog;

    @Inject
    Topics topics;

    @Inject
    CurrentMember current;

    @Inject
    uk.cmlnetwork.web.mail.NewsMail news;

    @Inject
    uk.cmlnetwork.web.mail.DecidersNews deciders;

    @Inject
    Settings settings;

    public List<Post> published(String topicCode, LibraryId library) {
        return blog.published(topicCode, library, LIST_SIZE);
    }

    public List<Topic> topics() {
        return topics.all();
    }

    /** A post as the signed-in member (or a visitor) may see it. */
    public Post read(PostId id) {
        return blog.read(current.get(), id);
    }

    /** A post its writer may change; anyone else is refused. */
    public Post ownPost(PostId id) {
        Post post = blog.read(current.mustTakePart(), id);
        if (!post.isWrittenBy(current.get().writerId())) {
            throw new NotAllowed();
        }
        return post;
    }

    public Post write(WritePost draft) {
        return blog.write(current.mustTakePart(), draft);
    }

    public Post edit(PostId id, WritePost change) {
        return blog.edit(current.mustTakePart(), id, change);
    }

    public Post submit(PostId id) {
        Post post = blog.submit(current.mustTakePart(), id);
        if (post.status() == uk.cmlnetwork.post.PostStatus.IN_REVIEW) {
            deciders.postSentForReview(post);
        }
        return post;
    }

    public List<Post> mine() {
        return blog.writtenBy(current.mustTakePart());
    }

    public boolean reviewsPosts() {
        Member member = current.get();
        return member != null && member.reviewsPosts();
    }

    public List<Post> inReview() {
        return blog.inReview(current.mustTakePart());
    }

    public Post approve(PostId id) {
        Post post = blog.approve(current.mustTakePart(), id);
        tellWriter(post, "Your post is published: " + post.title(),
                "Your post \"" + post.title() + "\" is published on the network's blog:\n\n" + link(post) + "\n");
        return post;
    }

    public Post askForChanges(PostId id, String comment) {
        Post post = blog.askForChanges(current.mustTakePart(), id, comment);
        tellWriter(post, "Changes asked for your post: " + post.title(),
                "The network's coordinators read your post \"" + post.title() + "\" and ask for these changes:\n\n"
                        + post.reviewComment() + "\n\nChange it and send it again from " + settings.siteUrl()
                        + "account/write-post.xhtml?id=" + post.id().value() + "\n");
        return post;
    }

    public Post reject(PostId id, String comment) {
        Post post = blog.reject(current.mustTakePart(), id, comment);
        tellWriter(post, "Your post was not accepted: " + post.title(),
                "The network's coordinators read your post \"" + post.title() + "\" and did not accept it:\n\n"
                        + post.reviewComment() + "\n");
        return post;
    }

    private String link(Post post) {
        return settings.siteUrl() + "post.xhtml?id=" + post.id().value();
    }

    private void tellWriter(Post post, String subject, String text) {
        news.tell(post.writerId(), uk.cmlnetwork.news.NewsKind.ABOUT_YOUR_POSTS, subject, text);
    }
}
