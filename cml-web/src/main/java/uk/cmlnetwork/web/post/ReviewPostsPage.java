package uk.cmlnetwork.web.post;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.post.PostId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.library.LibrariesFacade;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;

/** Coordinators review posts: the queue (coordinator/posts.xhtml) and one post (coordinator/review-post.xhtml?id=...). */
@Named
@ViewScoped
public class ReviewPostsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ForNextPage forNextPage;

    @Inject
    BlogFacade blog;

    @Inject
    LibrariesFacade libraries;

    private String id;
    private transient Post post;
    private transient Library library;
    private String comment;
    private final RenderCache shown = new RenderCache();

    public List<Post> getInReview() {
        return shown.get("queue", blog::inReview);
    }

    public void load() {
        try {
            post = blog.read(new PostId(id == null ? "" : id));
            library = post.libraryId() == null ? null : libraries.find(post.libraryId());
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public String approve() {
        return decide(() -> blog.approve(new PostId(id)), "Published: the writer has been emailed");
    }

    public String askForChanges() {
        return decide(() -> blog.askForChanges(new PostId(id), comment), "Sent back to the writer with your comment");
    }

    public String reject() {
        return decide(() -> blog.reject(new PostId(id), comment), "Not accepted: the writer has been emailed your reason");
    }

    private String decide(Runnable decision, String done) {
        return Pages.attempt(Map.of("comment", "review:comment"), () -> {
            decision.run();
            forNextPage.notice(done);
            return "/coordinator/posts?faces-redirect=true";
        });
    }

    public Post getPost() {
        if (post == null && id != null) {
            load();
        }
        return post;
    }

    public Library getLibrary() {
        getPost();
        return library;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
