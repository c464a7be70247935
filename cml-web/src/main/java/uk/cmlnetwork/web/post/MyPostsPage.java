package uk.cmlnetwork.web.post;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.post.Post;

/** The signed-in member's own posts and where each is: account/my-posts.xhtml */
@Named
@RequestScoped
public class MyPostsPage {
    @Inject
    BlogFacade blog;

    private List<Post> posts;

    public List<Post> getPosts() {
        if (posts == null) {
            posts = blog.mine();
        }
        return posts;
    }
}
