package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.advice.PublicQuestion;
import uk.cmlnetwork.advice.QuestionId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.Pages;

/** Solved questions their askers made public, and one of them with its solution: for anyone, signed in or not. */
@Named
@RequestScoped
public class PublicQuestionsPage {
    @Inject
    AdviceFacade advice;

    private String id;
    private PublicQuestion shown;
    private List<PublicQuestion> all;

    public void load() {
        try {
            shown = advice.publicQuestion(new QuestionId(id == null ? "" : id));
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public PublicQuestion getShown() {
        return shown;
    }

    public List<PublicQuestion> getAll() {
        if (all == null) {
            all = advice.publicQuestions();
        }
        return all;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
