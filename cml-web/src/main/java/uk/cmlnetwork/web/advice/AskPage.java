package uk.cmlnetwork.web.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.advice.AskQuestion;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.Pages;

/** A member asks the network; similar questions already asked are offered first, so they may not need to. */
@Named
@ViewScoped
public class AskPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "ask:title", "body", "ask:body", "topicCodes", "ask:topics");

    @Inject
    AdviceFacade advice;

    private String title;
    private String body;
    private String[] topics;
    private boolean situation = true;
    private transient List<Question> similar;
    private boolean looked;

    /** Shows up to five similar questions (solved first) for the title typed so far. */
    public String findSimilar() {
        similar = advice.similarTo(title);
        looked = true;
        return null;
    }

    public String ask() {
        return Pages.attempt(FIELDS, () -> {
            Question asked = advice.ask(new AskQuestion(title, body, topics == null ? List.of() : Arrays.asList(topics),
                    situation));
            return "/account/question?faces-redirect=true&id=" + asked.id().value();
        });
    }

    public List<Question> getSimilar() {
        return similar == null ? List.of() : similar;
    }

    public boolean isLooked() { return looked; }
    public List<Topic> getAllTopics() { return advice.topics(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String[] getTopics() { return topics; }
    public void setTopics(String[] topics) { this.topics = topics; }
    public boolean isSituation() { return situation; }
    public void setSituation(boolean situation) { this.situation = situation; }
}
