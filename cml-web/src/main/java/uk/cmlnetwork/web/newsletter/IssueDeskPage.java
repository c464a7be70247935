package uk.cmlnetwork.web.newsletter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.cmlnetwork.mail.OutboxCount;
import uk.cmlnetwork.mail.OutgoingEmail;
import uk.cmlnetwork.newsletter.EditIssue;
import uk.cmlnetwork.newsletter.IssueItem;
import uk.cmlnetwork.newsletter.NewsletterIssue;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;

/**
 * coordinator/newsletter.xhtml?id=...: a coordinator edits a draft (title, intro, which items go
 * out), previews it, sends a test to themselves, then sends it; afterwards the page shows how far
 * it has gone out (sent, still to go, failed) and retries failures.
 */
@Named
@ViewScoped
public class IssueDeskPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("title", "issue:title", "intro", "issue:intro");

    @Inject
    ForNextPage forNextPage;

    @Inject
    NewsletterFacade newsletter;

    private String id;
    private boolean loaded;
    private String title;
    private String intro;
    private String[] included = new String[0];
    private final RenderCache shown = new RenderCache();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            NewsletterIssue issue = newsletter.read(id);
            title = issue.title();
            intro = issue.intro();
            List<IssueItem> items = issue.items();
            included = IntStream.range(0, items.size()).filter(i -> items.get(i).isIncluded())
                    .mapToObj(String::valueOf).toArray(String[]::new);
        } catch (NotFound | IllegalArgumentException unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        if (store()) {
            Pages.showInfo("Saved");
        }
        return null;
    }

    public String sendTest() {
        if (!store()) {
            return null;
        }
        Pages.showInfo("A test copy is on its way to " + newsletter.sendTest(id));
        return null;
    }

    public String send() {
        if (!store()) {
            return null;
        }
        return Pages.attempt(Map.of(), () -> {
            int recipients = newsletter.send(id);
            forNextPage.notice("Sending to " + recipients + " subscribers. This page shows how far it has gone.");
            return "/coordinator/newsletter?faces-redirect=true&id=" + id;
        });
    }

    public String retry() {
        int again = newsletter.retryFailed(id);
        forNextPage.notice(again == 0 ? "There were no failed copies to send again" : "Sending " + again + " failed copies again");
        return "/coordinator/newsletter?faces-redirect=true&id=" + id;
    }

    private boolean store() {
        if (!getIssue().isDraft()) {
            return true;
        }
        try {
            Set<Integer> kept = Arrays.stream(included == null ? new String[0] : included)
                    .map(Integer::valueOf).collect(Collectors.toSet());
            newsletter.edit(id, new EditIssue(title, intro, kept));
            shown.forgetOnPostback();
            return true;
        } catch (InvalidInput problems) {
            Pages.showProblems(problems, FIELDS);
        } catch (DomainException refused) {
            Pages.showError(refused.getMessage());
        }
        return false;
    }

    public NewsletterIssue getIssue() {
        return shown.get("issue", () -> newsletter.read(id));
    }

    public OutboxCount getProgress() {
        return shown.get("progress", () -> newsletter.progress(id));
    }

    public List<OutgoingEmail> getFailed() {
        return shown.get("failed", () -> newsletter.failed(id));
    }

    public long getSubscribers() {
        return shown.get("subscribers", newsletter::subscribedCount);
    }

    /** The drafted items with their positions, for the checkboxes. */
    public List<Integer> getPositions() {
        return IntStream.range(0, getIssue().items().size()).boxed().toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public String[] getIncluded() { return included; }
    public void setIncluded(String[] included) { this.included = included; }
}
