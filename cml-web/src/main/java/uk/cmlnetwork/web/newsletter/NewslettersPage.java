package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.web.page.Pages;

/** coordinator/newsletters.xhtml: every issue, and drafting the next one from what is new. */
@Named
@RequestScoped
public class NewslettersPage {
    @Inject
    NewsletterFacade newsletter;

    private List<NewsletterIssue> issues;

    public String draftNext() {
        return Pages.attempt(Map.of(), () -> {
            NewsletterIssue draft = newsletter.draftNext();
            return "/coordinator/newsletter?faces-redirect=true&id=" + draft.id();
        });
    }

    public List<NewsletterIssue> getIssues() {
        if (issues == null) {
            issues = newsletter.all();
        }
        return issues;
    }

    public long getSubscribers() {
        return newsletter.subscribedCount();
    }
}
