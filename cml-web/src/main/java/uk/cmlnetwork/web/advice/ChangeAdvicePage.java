package uk.cmlnetwork.web.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.advice.Answer;
import uk.cmlnetwork.advice.AnswerId;
import uk.cmlnetwork.advice.AskQuestion;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;

/** The author (or a coordinator) corrects a question or an answer. */
@Named
@ViewScoped
public class ChangeAdvicePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "change:title", "body", "change:body",
            "topicCodes", "change:topics", "answer", "change:body");

    @Inject
    AdviceFacade advice;

    @Inject
    ForNextPage next;

    private String id;
    private String questionId;
    private boolean question;
    private String title;
    private String body;
    private String[] topics;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        try {
            Answer answer = advice.answerIfAny(id == null ? "" : id).orElse(null);
            if (answer != null) {
                answer = advice.answerToChange(answer.id());
                questionId = answer.questionId().value();
                body = answer.body();
            } else {
                Question asked = advice.questionToChange(new QuestionId(id == null ? "" : id));
                question = true;
                questionId = asked.id().value();
                title = asked.title();
                body = asked.body();
                topics = asked.topics().stream().map(Topic::code).toArray(String[]::new);
            }
            loaded = true;
        } catch (NotFound | IllegalArgumentException unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        return Pages.attempt(FIELDS, () -> {
            if (question) {
                advice.editQuestion(new QuestionId(id), new AskQuestion(title, body,
                        topics == null ? List.of() : Arrays.asList(topics), false));
            } else {
                advice.editAnswer(new AnswerId(id), body);
            }
            next.notice("Your changes are saved");
            return "/account/question?faces-redirect=true&id=" + questionId;
        });
    }

    public List<Topic> getAllTopics() { return advice.topics(); }
    public boolean isQuestion() { return question; }
    public String getQuestionId() { return questionId; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String[] getTopics() { return topics; }
    public void setTopics(String[] topics) { this.topics = topics; }
}
