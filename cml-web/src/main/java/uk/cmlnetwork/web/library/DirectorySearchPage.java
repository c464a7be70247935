package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ServicePoint;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.web.page.Choice;

/**
 * The directory page: free-text search, filters, sorting and pages, all in the address (a GET form),
 * so every search can be bookmarked and shared. The CSV and JSON exports take the same address.
 *
 * <p>The search is read straight from the address rather than through {@code f:viewParam}: it is the
 * busiest page of the site, every parameter is free text read leniently by {@link DirectoryQuery}
 * (nothing to convert or validate), and view parameters made Faces build a metadata view and run
 * nine inputs through conversion, Bean Validation and the model update on every search (a sixth of
 * the page's time when profiled).
 */
@Named
@RequestScoped
public class DirectorySearchPage {
    @Inject
    DirectorySearches searches;

    @Inject
    @RequestParameterMap
    Map<String, String> address;

    private DirectoryPage found;

    public DirectoryQuery getQuery() {
        return new DirectoryQuery(getQ(), getType(), getRegion(), getAuthority(), getStage(), getOutcome(), getStatus(),
                getSort(), address.get("page"), getPoint(), getGroup());
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

    // The filters' options. Values are the enum names the address carries; "" (any) comes first in the page.
    private static final List<Choice> TYPES = List.copyOf(Stream.concat(
            Stream.of(new Choice("community", "Community managed (CRL and ICL)")),
            Arrays.stream(ManagementType.values()).map(t -> new Choice(t.name(), t.label() + " (" + t.code() + ")"))).toList());
    private static final List<Choice> REGIONS = List.copyOf(Arrays.stream(Region.values())
            .map(r -> new Choice(r.name(), r.label())).toList());
    private static final List<Choice> STAGES = List.copyOf(Arrays.stream(LibraryStage.values())
            .map(s -> new Choice(s.name(), s.label())).toList());
    private static final List<Choice> OUTCOMES = List.copyOf(Arrays.stream(Outcome.values())
            .map(o -> new Choice(o.name(), o.label())).toList());
    private static final List<Choice> STATUSES = List.copyOf(List.of(new Choice("ANY", "Open and closed"),
            new Choice("OPEN", "Open"), new Choice("CLOSED", "Closed")));
    private static final List<Choice> SORTS = List.copyOf(Arrays.stream(DirectorySearch.Sort.values())
            .map(s -> new Choice(s.name(), s.name().toLowerCase(Locale.ROOT))).toList());

    private static final List<Choice> POINTS = List.copyOf(Arrays.stream(ServicePoint.values())
            .map(p -> new Choice(p.name(), p.label())).toList());

    public List<Choice> getPointChoices() {
        return POINTS;
    }

    public List<Choice> getGroupChoices() {
        return searches.groupsNow().groups().stream().map(g -> new Choice(g.code(), g.label())).toList();
    }

    public List<Choice> getTypeChoices() {
        return TYPES;
    }

    public List<Choice> getRegionChoices() {
        return REGIONS;
    }

    /** Read once per request: the page asks for it at each option. */
    public List<Choice> getAuthorityChoices() {
        if (authorityChoices == null) {
            authorityChoices = searches.authorityChoices();
        }
        return authorityChoices;
    }

    private List<Choice> authorityChoices;

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
        String status = getStatus();
        return "OPEN".equals(status) || "CLOSED".equals(status) ? status : "ANY";
    }

    public List<Choice> getSortChoices() {
        return SORTS;
    }

    /** The sort chosen, by name when none is in the address. */
    public String getSortChosen() {
        String sort = getSort();
        return sort == null || sort.isEmpty() ? "NAME" : sort;
    }

    public String getQ() { return address.get("q"); }
    public String getType() { return address.get("type"); }
    public String getRegion() { return address.get("region"); }
    public String getAuthority() { return address.get("authority"); }
    public String getStage() { return address.get("stage"); }
    public String getOutcome() { return address.get("outcome"); }
    public String getStatus() { return address.get("status"); }
    public String getSort() { return address.get("sort"); }
    public String getPoint() { return address.get("point"); }
    public String getGroup() { return address.get("group"); }
}
