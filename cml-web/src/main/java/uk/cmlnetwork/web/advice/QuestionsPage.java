package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.advice.Question;
import uk.cmlnetwork.advice.QuestionList;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Topic;

/** Ask the network: the questions members asked, newest first, by list, topic, the asker's region and words (from the address). */
@Named
@RequestScoped
public class QuestionsPage {
    @Inject
    AdviceFacade advice;

    private String list;
    private String topic;
    private String region;
    private String q;
    private List<Question> found;

    public List<Question> getQuestions() {
        if (found == null) {
            found = advice.list(chosenList(), topic, chosenRegion(), q);
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

    /** The region chosen, or null for any (an unknown value counts as any). */
    public Region chosenRegion() {
        for (Region each : Region.values()) {
            if (each.name().equals(region)) {
                return each;
            }
        }
        return null;
    }

    public Region[] getRegions() {
        return Region.values();
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
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
