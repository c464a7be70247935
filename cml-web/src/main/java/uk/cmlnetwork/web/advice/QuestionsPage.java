package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.shared.Topic;

/** Ask the network: the questions members asked, newest first, by list, topic and words (from the address). */
@Named
@RequestScoped
public class QuestionsPage {
    @Inject
    AdviceFacade advice;

    private String list;
    private String topic;
    private String q;
    private List<Question> found;

    public List<Question> getQuestions() {
        if (found == null) {
            found = advice.list(chosenList(), topic, q);
        }
        return found;
    }

    public QuestionList chosenList() {
        for (QuestionList each : QuestionList.values()) {
            if (each.name().equals(list)) {
                return each;
            }
        }
        return QuestionList.NEWEST;
    }

    public QuestionList[] getLists() {
        return QuestionList.values();
    }

    public List<Topic> getTopics() {
        return advice.topics();
    }

    public String getList() { return chosenList().name(); }
    public void setList(String list) { this.list = list; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
