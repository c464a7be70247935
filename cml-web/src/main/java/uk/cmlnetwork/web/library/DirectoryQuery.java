package uk.cmlnetwork.web.library;

import static uk.cmlnetwork.web.page.QueryValues.known;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.library.ServicePoint;
import uk.cmlnetwork.shared.Region;

/**
 * A directory search as the address gives it (libraries.xhtml?q=...&amp;type=CRL&amp;page=2), shared
 * by the page, the CSV and JSON exports. Unknown values are ignored rather than refused, so old
 * bookmarks keep working. {@code type=community} means CRL and ICL together.
 */
public record DirectoryQuery(String q, String type, String region, String authority, String stage, String outcome,
                             String status, String sort, String page, String point, String group) {
    public static final int PAGE_SIZE = 25;
    public static final String COMMUNITY = "community";

    public DirectorySearch toSearch(int pageSize) {
        boolean community = COMMUNITY.equals(type);
        return new DirectorySearch(blankToNull(q), community ? null : known(ManagementType.class, type), community,
                known(Region.class, region), blankToNull(authority), known(LibraryStage.class, stage),
                known(Outcome.class, outcome), known(DirectorySearch.OpenOrClosed.class, status),
                known(DirectorySearch.Sort.class, sort), number(page), pageSize, known(ServicePoint.class, point),
                blankToNull(group));
    }

    /** The query string for the same search, on another page (0: leave the page out). */
    public String queryString(int onPage) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("q", q);
        parts.put("type", type);
        parts.put("region", region);
        parts.put("authority", authority);
        parts.put("stage", stage);
        parts.put("outcome", outcome);
        parts.put("status", status);
        parts.put("point", point);
        parts.put("group", group);
        parts.put("sort", sort);
        if (onPage > 1) {
            parts.put("page", String.valueOf(onPage));
        }
        return parts.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
