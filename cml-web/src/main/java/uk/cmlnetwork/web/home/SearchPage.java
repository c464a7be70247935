package uk.cmlnetwork.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.cmlnetwork.search.SearchHit;

/** The results of the site's search box: one list, each result marked with what it is. */
@Named
@RequestScoped
public class SearchPage {
    @Inject
    SiteSearchFacade search;

    private String q;
    private List<SearchHit> hits;

    public List<SearchHit> getHits() {
        if (hits == null) {
            hits = search.search(q);
        }
        return hits;
    }

    /** Where a result is read, from the site's root. */
    public String link(SearchHit hit) {
        String id = URLEncoder.encode(hit.id(), StandardCharsets.UTF_8);
        return switch (hit.kind()) {
            case QUESTION -> (search.isMember() ? "account/question.xhtml?id=" : "question.xhtml?id=") + id;
            case RESOURCE -> "resources.xhtml?q=" + URLEncoder.encode(hit.title(), StandardCharsets.UTF_8) + "#" + id;
            case POST -> "post.xhtml?id=" + id;
            case EVENT -> "event.xhtml?id=" + id;
            case LIBRARY -> "library.xhtml?id=" + id;
        };
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
