package uk.cmlnetwork.web.post;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.post.PostId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.library.LibrariesFacade;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.CurrentMember;

/** One post, bookmarkable as post.xhtml?id=...; unpublished ones only for their writer and reviewers. */
@Named
@RequestScoped
public class PostPage {
    @Inject
    BlogFacade blog;

    @Inject
    LibrariesFacade libraries;

    @Inject
    CurrentMember current;

    private String id;
    private Post post;
    private Library library;

    public void load() {
        try {
            post = blog.read(new PostId(id == null ? "" : id));
            library = post.libraryId() == null ? null : libraries.find(post.libraryId());
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public boolean isMine() {
        return post != null && current.isSignedIn() && post.isWrittenBy(current.id().value());
    }

    public Post getPost() { return post; }
    public Library getLibrary() { return library; }

    /** Whether the writer's byline already names the post's library (then it is not added again). */
    public boolean isLibraryNamedInByline() {
        return library != null && post != null && post.byline().toLowerCase(java.util.Locale.UK)
                .contains(library.name().toLowerCase(java.util.Locale.UK));
    }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
