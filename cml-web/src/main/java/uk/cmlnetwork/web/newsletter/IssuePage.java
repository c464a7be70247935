package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.Pages;

/** newsletter-issue.xhtml?id=...: one issue from the archive. */
@Named
@RequestScoped
public class IssuePage {
    @Inject
    NewsletterFacade newsletter;

    private String id;
    private NewsletterIssue issue;

    public void load() {
        try {
            issue = id == null || id.isBlank() ? null : newsletter.read(id);
        } catch (NotFound unknown) {
            issue = null;
        }
        if (issue == null) {
            Pages.notFound();
        }
    }

    public NewsletterIssue getIssue() { return issue; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
