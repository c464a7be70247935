package uk.cmlnetwork.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.SuggestionId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.RenderCache;

/**
 * The suggestions waiting for the signed-in editor or coordinator (manage/library-suggestions.xhtml),
 * and deciding one (manage/library-suggestion.xhtml?id=...).
 */
@Named
@ViewScoped
public class ReviewSuggestionsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ForNextPage forNextPage;

    @Inject
    DirectorySuggestionsFacade suggestions;

    @Inject
    LibrariesFacade libraries;

    private String id;
    private transient LibrarySuggestion suggestion;
    private transient Library entry;
    private String reason;
    private final RenderCache shown = new RenderCache();

    public List<LibrarySuggestion> getWaiting() {
        return shown.get("waiting", suggestions::waitingForMe);
    }

    /** What each waiting suggestion is about: the library's name (or the suggested name of a missing one). */
    public Map<String, String> getAbout() {
        return shown.get("about", () -> {
            Map<String, String> about = new HashMap<>();
            for (LibrarySuggestion s : getWaiting()) {
                about.put(s.id().value(), s.libraryId() == null ? s.name() : libraries.find(s.libraryId()).name());
            }
            return about;
        });
    }

    public void load() {
        try {
            suggestion = suggestions.toDecide(new SuggestionId(id == null ? "" : id));
            entry = suggestion.libraryId() == null ? null : libraries.find(suggestion.libraryId());
        } catch (NotFound unknown) {
            Pages.notFound();
        }
    }

    public String accept() {
        return Pages.attempt(Map.of("name", "decide:accept", "postcode", "decide:accept",
                    "managementType", "decide:accept", "website", "decide:accept", "contactEmail", "decide:accept"), () -> {
            boolean claim = getSuggestion().kind() == uk.cmlnetwork.library.SuggestionKind.CLAIM;
            Library library = suggestions.accept(new SuggestionId(id));
            forNextPage.notice(claim ? "Accepted: they can now edit the profile of " + library.name()
                    : "Accepted: the entry for " + library.name() + " is updated and confirmed today");
            return "/library?faces-redirect=true&id=" + library.id().value();
        });
    }

    public String reject() {
        return Pages.attempt(Map.of("reason", "decide:reason"), () -> {
            suggestions.reject(new SuggestionId(id), reason);
            forNextPage.notice("Not accepted: the member who suggested it has been emailed your reason");
            return "/manage/library-suggestions?faces-redirect=true";
        });
    }

    /** For a claim: who says they help run the library. */
    public String getClaimant() {
        return suggestions.claimant(new SuggestionId(id));
    }

    public LibrarySuggestion getSuggestion() {
        if (suggestion == null && id != null) {
            load();
        }
        return suggestion;
    }

    public Library getEntry() {
        getSuggestion();
        return entry;
    }

    public LibraryId getEntryId() {
        return getEntry() == null ? null : entry.id();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
