package uk.cmlnetwork.web.post;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.post.PostId;
import uk.cmlnetwork.post.PostStatus;
import uk.cmlnetwork.post.WritePost;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.library.LibrariesFacade;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;
import uk.cmlnetwork.web.security.CurrentMember;

/** A member writes a guest post, or changes theirs: account/write-post.xhtml[?id=...]. */
@Named
@ViewScoped
public class WritePostPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "post:title", "byline", "post:byline",
            "topicCodes", "post:topics", "body", "post:body");

    @Inject
    ForNextPage forNextPage;

    @Inject
    BlogFacade blog;

    @Inject
    LibrariesFacade libraries;

    @Inject
    CurrentMember current;

    private String id;
    private boolean loaded;
    private PostStatus status;
    private String reviewComment;
    private String title;
    private String byline;
    private String library;
    private String[] topics = new String[0];
    private String body;
    private final RenderCache shown = new RenderCache();

    public void load() {
        if (loaded) {
            return; // a postback keeps what was typed
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            byline = current.get() == null ? null : current.get().name();
            library = current.get() == null || current.get().libraryId() == null ? null : current.get().libraryId().value();
            return;
        }
        try {
            Post post = blog.ownPost(new PostId(id));
            status = post.status();
            reviewComment = post.reviewComment();
            title = post.title();
            byline = post.byline();
            library = post.libraryId() == null ? null : post.libraryId().value();
            topics = post.topics().stream().map(Topic::code).toArray(String[]::new);
            body = post.body();
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    private WritePost written() {
        return new WritePost(title, byline, library == null || library.isBlank() ? null : new LibraryId(library),
                Arrays.asList(topics == null ? new String[0] : topics), body);
    }

    /** Saves without sending it for review. */
    public String save() {
        return store(false);
    }

    /** Saves and sends it to the coordinators (a published post that was changed is already back with them). */
    public String submit() {
        return store(true);
    }

    private String store(boolean submit) {
        return Pages.attempt(FIELDS, () -> {
            Post post = id == null || id.isBlank() ? blog.write(written()) : blog.edit(new PostId(id), written());
            boolean wasPublished = status == PostStatus.PUBLISHED;
            if (submit && (post.status() == PostStatus.DRAFT || post.status() == PostStatus.CHANGES_ASKED)) {
                post = blog.submit(post.id());
            }
            forNextPage.notice(wasPublished ? "Saved. Because the post was already published, it goes back to the coordinators:"
                    + " it is not shown until they approve it again"
                    : post.status() == PostStatus.IN_REVIEW ? "Sent for review: we will email you when a coordinator has read it"
                    : "Saved as a draft. Send it for review when it is ready");
            return "/account/my-posts?faces-redirect=true";
        });
    }

    public List<Topic> getAllTopics() {
        return shown.get("topics", blog::topics);
    }

    public List<Library> getLibraries() {
        return shown.get("libraries", libraries::communityManaged);
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public boolean isInReview() {
        return status == PostStatus.IN_REVIEW;
    }

    public boolean isRejected() {
        return status == PostStatus.REJECTED;
    }

    public PostStatus getStatus() { return status; }
    public String getReviewComment() { return reviewComment; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getByline() { return byline; }
    public void setByline(String byline) { this.byline = byline; }
    public String getLibrary() { return library; }
    public void setLibrary(String library) { this.library = library; }
    public String[] getTopics() { return topics; }
    public void setTopics(String[] topics) { this.topics = topics; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
