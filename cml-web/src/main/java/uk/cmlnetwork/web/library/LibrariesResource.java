package uk.cmlnetwork.web.library;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import uk.cmlnetwork.library.DirectoryPage;
import uk.cmlnetwork.library.DirectorySearch;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.NearbyLibrary;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.web.page.JsonBuilders;
import uk.cmlnetwork.web.page.SpreadsheetCsv;

/**
 * The directory as data: GET /api/libraries (JSON) and /api/libraries/export.csv, with the same
 * query parameters as the directory page (q, type, region, authority, stage, outcome, status,
 * sort). Without {@code page} every matching library is returned; with it, pages of
 * {@code pageSize} (default 25).
 */
@Path("libraries")
public class LibrariesResource {
    private static final String[] COLUMNS = {"dataset", "name", "service_point", "address", "postcode", "library_authority", "region",
        "regional_group", "latitude", "longitude", "management_type", "management", "closed", "statutory",
        "opened_year", "closed_year", "opening_hours", "website", "email", "stage", "legal_form",
        "community_asset_transfer", "volunteers", "services", "outcomes", "deprivation_decile", "population",
        "last_confirmed", "page"};

    @Inject
    DirectorySearches searches;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("region") String region,
                           @QueryParam("authority") String authority, @QueryParam("stage") String stage,
                           @QueryParam("outcome") String outcome, @QueryParam("status") String status,
                           @QueryParam("sort") String sort, @QueryParam("page") String page,
                           @QueryParam("pageSize") Integer pageSize, @QueryParam("point") String point,
                           @QueryParam("group") String group) {
        DirectoryPage found = find(new DirectoryQuery(q, type, region, authority, stage, outcome, status, sort, page, point, group),
                page == null ? DirectorySearch.MAX_PAGE_SIZE : pageSize == null ? DirectoryQuery.PAGE_SIZE : pageSize);
        JsonArrayBuilder list = JsonBuilders.array();
        uk.cmlnetwork.shared.GroupMap groups = searches.groupsNow();
        found.libraries().forEach(l -> list.add(json(l, groups)));
        return Response.ok(JsonBuilders.object()
                .add("total", found.total())
                .add("page", found.page())
                .add("pageSize", found.pageSize())
                .add("libraries", list)
                .add("attribution", "Contains public sector information licensed under the Open Government Licence v3.0.")
                .build()).build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("region") String region,
                        @QueryParam("authority") String authority, @QueryParam("stage") String stage,
                        @QueryParam("outcome") String outcome, @QueryParam("status") String status,
                        @QueryParam("sort") String sort, @QueryParam("point") String point,
                        @QueryParam("group") String group) {
        DirectoryPage found = find(new DirectoryQuery(q, type, region, authority, stage, outcome, status, sort, null, point, group),
                DirectorySearch.MAX_PAGE_SIZE);
        String site = "library.xhtml?id=";
        uk.cmlnetwork.shared.GroupMap groups = searches.groupsNow();
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (SpreadsheetCsv csv = new SpreadsheetCsv(writer, COLUMNS)) {
                for (Library l : found.libraries()) {
                    csv.row(l.dataset(), l.name(), l.servicePoint() == null ? null : l.servicePoint().label(), l.address(), l.postcode(), l.localAuthority(),
                            l.region() == null ? null : l.region().label(),
                            groups.of(l.region()) == null ? null : groups.of(l.region()).label(),
                            l.location() == null ? null : l.location().latitude(),
                            l.location() == null ? null : l.location().longitude(),
                            l.managementType().code(), l.managementType().label(), l.isClosed(), l.statutory(),
                            l.openedYear(), l.closedYear(), l.openingHours(), l.website(), l.contactEmail(),
                            l.stage() == null ? null : l.stage().label(), l.legalForm() == null ? null : l.legalForm().label(),
                            l.assetTransfer() == null ? null : l.assetTransfer().label(), l.volunteers(), l.services(),
                            l.outcomes().stream().map(Outcome::label).collect(Collectors.joining("; ")),
                            l.deprivationDecile(), l.population(), l.lastConfirmedAt(), site + l.id().value());
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"libraries.csv\"").build();
    }

    /**
     * Where the libraries a search finds are, for the map: a small object per library (its id, name, how it
     * is run, place, and whether the place is approximate), the same filters as the directory's search.
     */
    @GET
    @Path("places")
    @Produces(MediaType.APPLICATION_JSON)
    public Response places(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("region") String region,
                           @QueryParam("authority") String authority, @QueryParam("stage") String stage,
                           @QueryParam("outcome") String outcome, @QueryParam("status") String status,
                           @QueryParam("point") String point, @QueryParam("group") String group) {
        DirectoryPage found = find(new DirectoryQuery(q, type, region, authority, stage, outcome, status, null, null, point, group),
                DirectorySearch.MAX_PAGE_SIZE);
        JsonArrayBuilder list = JsonBuilders.array();
        for (Library l : found.libraries()) {
            if (l.location() != null) {
                list.add(JsonBuilders.object().add("id", l.id().value()).add("name", l.name())
                        .add("management", l.managementType().label())
                        .add("lat", Math.round(l.location().latitude() * 1e5) / 1e5)
                        .add("lng", Math.round(l.location().longitude() * 1e5) / 1e5)
                        .add("approximate", new NearbyLibrary(l, 0).isApproximate()));
            }
        }
        return Response.ok(JsonBuilders.object().add("total", found.total()).add("libraries", list)
                .add("attribution", "Contains public sector information licensed under the Open Government Licence v3.0.")
                .build()).build();
    }

    private DirectoryPage find(DirectoryQuery query, int pageSize) {
        return searches.search(query.toSearch(pageSize));
    }

    private static JsonObjectBuilder json(Library l, uk.cmlnetwork.shared.GroupMap groups) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", l.id().value())
                .add("name", l.name())
                .add("managementType", l.managementType().code())
                .add("management", l.managementType().label())
                .add("closed", l.isClosed());
        text(json, "key", l.sourceKey());
        text(json, "address", l.address());
        text(json, "postcode", l.postcode());
        text(json, "libraryAuthority", l.localAuthority());
        text(json, "region", l.region() == null ? null : l.region().label());
        text(json, "model", l.cmlModel());
        text(json, "regionalGroup", groups.of(l.region()) == null ? null : groups.of(l.region()).label());
        if (l.location() != null) {
            json.add("latitude", l.location().latitude()).add("longitude", l.location().longitude());
        }
        if (l.statutory() != null) {
            json.add("statutory", l.statutory());
        }
        text(json, "openingHours", l.openingHours());
        text(json, "website", l.website());
        text(json, "email", l.contactEmail());
        text(json, "stage", l.stage() == null ? null : l.stage().label());
        text(json, "legalForm", l.legalForm() == null ? null : l.legalForm().label());
        text(json, "communityAssetTransfer", l.assetTransfer() == null ? null : l.assetTransfer().label());
        if (l.volunteers() != null) {
            json.add("volunteers", l.volunteers());
        }
        text(json, "services", l.services());
        JsonArrayBuilder outcomes = JsonBuilders.array();
        l.outcomes().forEach(o -> outcomes.add(o.label()));
        json.add("outcomes", outcomes);
        if (l.deprivationDecile() != null) {
            json.add("deprivationDecile", l.deprivationDecile());
        }
        if (l.population() != null) {
            json.add("population", l.population());
        }
        text(json, "lastConfirmed", l.lastConfirmedAt() == null ? null : l.lastConfirmedAt().toString());
        return json;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
