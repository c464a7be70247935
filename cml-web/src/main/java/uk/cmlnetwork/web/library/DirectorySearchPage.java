package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.shared.Region;

/**
 * The directory page: free-text search, filters, sorting and pages, all in the address (a GET form),
 * so every search can be bookmarked and shared. The CSV and JSON exports take the same address.
 */
@Named
@RequestScoped
public class DirectorySearchPage {
    @Inject
    LibrariesFacade libraries;

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
            found = libraries.search(getQuery().toSearch(DirectoryQuery.PAGE_SIZE));
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
            authorities = libraries.authorities();
        }
        return authorities;
    }

    public ManagementType[] getTypes() {
        return ManagementType.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public LibraryStage[] getStages() {
        return LibraryStage.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public DirectorySearch.Sort[] getSorts() {
        return DirectorySearch.Sort.values();
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
