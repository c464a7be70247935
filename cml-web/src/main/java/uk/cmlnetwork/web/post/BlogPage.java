package uk.cmlnetwork.web.post;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.shared.Topic;

/** The blog: published guest posts, newest first, bookmarkable as blog.xhtml?topic=... */
@Named
@RequestScoped
public class BlogPage {
    @Inject
    BlogFacade blog;

    private String topic;
    private String library;
    private List<Post> posts;
    private List<Topic> topics;

    public List<Post> getPosts() {
        if (posts == null) {
            posts = blog.published(getChosenTopic() == null ? null : topic,
                    library == null || library.isBlank() ? null : new LibraryId(library));
        }
        return posts;
    }

    public List<Topic> getTopics() {
        if (topics == null) {
            topics = blog.topics();
        }
        return topics;
    }

    /** The topic asked for, if it is one of the network's. */
    public Topic getChosenTopic() {
        return topic == null ? null : getTopics().stream().filter(t -> t.code().equals(topic)).findFirst().orElse(null);
    }

    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getLibrary() { return library; }
    public void setLibrary(String library) { this.library = library; }
}
