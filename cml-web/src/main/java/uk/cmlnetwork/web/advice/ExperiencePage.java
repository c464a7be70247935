package uk.cmlnetwork.web.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.advice.Experience;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.Pages;

/**
 * A member records what they have experience of (so questions about it reach them) and the topics
 * they follow.
 */
@Named
@ViewScoped
public class ExperiencePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("topicCodes", "experience:topics", "tags", "experience:tags");

    @Inject
    AdviceFacade advice;

    private String[] topics;
    private String tags;
    private String[] followed;
    private boolean loaded;

    public void load() {
        if (!loaded) {
            Experience experience = advice.experience();
            topics = experience.topics().stream().map(Topic::code).toArray(String[]::new);
            tags = String.join(", ", experience.tags());
            followed = advice.topicsFollowed().stream().map(Topic::code).toArray(String[]::new);
            loaded = true;
        }
    }

    public String save() {
        return Pages.attempt(FIELDS, () -> {
            advice.recordExperience(list(topics), tags, list(followed));
            Pages.showInfo("Saved: questions about these will reach you, as you chose in your email choices");
            return null;
        });
    }

    private static List<String> list(String[] codes) {
        return codes == null ? List.of() : Arrays.asList(codes);
    }

    public List<Topic> getAllTopics() { return advice.topics(); }
    public String[] getTopics() { return topics; }
    public void setTopics(String[] topics) { this.topics = topics; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String[] getFollowed() { return followed; }
    public void setFollowed(String[] followed) { this.followed = followed; }
}
