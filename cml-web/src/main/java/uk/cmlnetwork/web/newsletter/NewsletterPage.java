package uk.cmlnetwork.web.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.newsletter.SignUp;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.EmailLimits;

/** newsletter.xhtml: the public sign-up form and the archive of past issues. */
@Named
@RequestScoped
public class NewsletterPage {
    private static final Map<String, String> FIELDS = Map.of("email", "signup:email", "name", "signup:name");

    @Inject
    NewsletterFacade newsletter;

    @Inject
    EmailLimits emailLimits;

    private String email;
    private String name;
    private boolean asked;
    private List<NewsletterIssue> archive;

    /** The same answer whether or not the address is already on the list. */
    public String signUp() {
        return Pages.attempt(FIELDS, () -> {
            emailLimits.checkThisRequest(email);
            newsletter.signUp(new SignUp(email, name));
            asked = true;
            return null;
        });
    }

    public List<NewsletterIssue> getArchive() {
        if (archive == null) {
            archive = newsletter.archive();
        }
        return archive;
    }

    public boolean isAsked() { return asked; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
