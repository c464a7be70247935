package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.web.Choice;

/**
 * The directory page: free-text search, filters, sorting and pages, all in the address (a GET form),
 * so every search can be bookmarked and shared. The CSV and JSON exports take the same address.
 */
@Named
@RequestScoped
public class DirectorySearchPage {
    @Inject
    DirectorySearches searches;

    private String q;
    private String type;
    private String region;
    private String authority;
    private String stage;
    private String outcome;
    private String status;
    private String sort;
    private String page;
    private DirectoryPage found;
    private List<String> authorities;

    public DirectoryQuery getQuery() {
        return new DirectoryQuery(q, type, region, authority, stage, outcome, status, sort, page);
    }

    public DirectoryPage getResults() {
        if (found == null) {
            found = searches.search(getQuery().toSearch(DirectoryQuery.PAGE_SIZE));
        }
        return found;
    }

    public String getNextPage() {
        return "?" + getQuery().queryString(getResults().page() + 1);
    }

    public String getPreviousPage() {
        return "?" + getQuery().queryString(getResults().page() - 1);
    }

    /** The same search without paging, for the exports. */
    public String getExportQuery() {
        return getQuery().queryString(0);
    }

    public int getFirstShown() {
        DirectoryPage results = getResults();
        return results.total() == 0 ? 0 : (results.page() - 1) * results.pageSize() + 1;
    }

    public long getLastShown() {
        return getFirstShown() + getResults().libraries().size() - 1L;
    }

    public List<String> getAuthorities() {
        if (authorities == null) {
            authorities = searches.authorities();
        }
        return authorities;
    }

    // The filters' options. Values are the enum names the address carries; "" (any) comes first in the page.
    private static final List<Choice> TYPES = Stream.concat(Stream.of(new Choice("community", "Community managed (CRL and ICL)")),
            Arrays.stream(ManagementType.values()).map(t -> new Choice(t.name(), t.label() + " (" + t.code() + ")"))).toList();
    private static final List<Choice> REGIONS = Arrays.stream(Region.values()).map(r -> new Choice(r.name(), r.label())).toList();
    private static final List<Choice> STAGES = Arrays.stream(LibraryStage.values()).map(s -> new Choice(s.name(), s.label())).toList();
    private static final List<Choice> OUTCOMES = Arrays.stream(Outcome.values()).map(o -> new Choice(o.name(), o.label())).toList();
    private static final List<Choice> STATUSES = List.of(new Choice("ANY", "Open and closed"), new Choice("OPEN", "Open"),
            new Choice("CLOSED", "Closed"));
    private static final List<Choice> SORTS = Arrays.stream(DirectorySearch.Sort.values())
            .map(s -> new Choice(s.name(), s.name().toLowerCase(Locale.ROOT))).toList();

    public List<Choice> getTypeChoices() {
        return TYPES;
    }

    public List<Choice> getRegionChoices() {
        return REGIONS;
    }

    public List<Choice> getAuthorityChoices() {
        return getAuthorities().stream().map(a -> new Choice(a, a)).toList();
    }

    public List<Choice> getStageChoices() {
        return STAGES;
    }

    public List<Choice> getOutcomeChoices() {
        return OUTCOMES;
    }

    public List<Choice> getStatusChoices() {
        return STATUSES;
    }

    /** The status chosen, "ANY" when none (or an unknown one) is in the address. */
    public String getStatusChosen() {
        return "OPEN".equals(status) || "CLOSED".equals(status) ? status : "ANY";
    }

    public List<Choice> getSortChoices() {
        return SORTS;
    }

    /** The sort chosen, by name when none is in the address. */
    public String getSortChosen() {
        return sort == null || sort.isEmpty() ? "NAME" : sort;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
