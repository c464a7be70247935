package uk.cmlnetwork.ear.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What council IT watch the running site by: health, metrics and the REST API's description. */
class WatchingTheSiteIT {
    private static final String SITE = System.getProperty("cml.url", "http://localhost:9180/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SITE + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void readinessAndLivenessNameWhatTheyChecked() throws Exception {
        HttpResponse<String> ready = get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject readiness = json(ready.body());
        assertEquals("UP", readiness.getString("status"));
        Set<String> checks = new TreeSet<>();
        readiness.getJsonArray("checks").forEach(check -> checks.add(check.asJsonObject().getString("name")));
        assertEquals(Set.of("background-work", "database", "mail"), checks);
        assertTrue(ready.body().contains("\"schemaMigrated\":true"), ready.body());
        HttpResponse<String> live = get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("background-work"), live.body());
    }

    @Test
    void theSitesOwnFiguresAreAmongTheMetrics() throws Exception {
        get("sign-in.xhtml"); // the application is up
        HttpResponse<String> metrics = get("metrics?scope=application");
        assertEquals(200, metrics.statusCode(), metrics.body());
        for (String figure : new String[] {"cml_emails_waiting", "cml_emails_failed", "cml_newsletter_copies_to_go",
                "cml_bookings_total", "cml_sign_in_refusals_total"}) {
            assertTrue(metrics.body().contains(figure), figure + " in " + metrics.body());
        }
    }

    /** docs/api.md and the server's OpenAPI description name the same operations, and errors have one shape. */
    @Test
    void theApiDescriptionAgreesWithItsDocumentation() throws Exception {
        HttpResponse<String> described = get("openapi?format=JSON");
        assertEquals(200, described.statusCode(), described.body());
        JsonObject openApi = json(described.body());
        assertEquals("CML Network API", openApi.getJsonObject("info").getString("title"));
        assertTrue(openApi.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        Set<String> inOpenApi = new TreeSet<>();
        openApi.getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet()
                .forEach(method -> inOpenApi.add(method.toUpperCase() + " " + path)));
        assertTrue(openApi.getJsonObject("paths").getJsonObject("/api/events/{id}/bookings").getJsonObject("post")
                .getJsonObject("responses").containsKey("409"), "refusals are described");

        Set<String> inDocs = new TreeSet<>();
        Matcher operation = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/[^ `?]*)")
                .matcher(Files.readString(Path.of("..", "docs", "api.md")));
        while (operation.find()) {
            inDocs.add(operation.group(1) + " " + operation.group(2));
        }
        assertEquals(inOpenApi, inDocs, "docs/api.md against /openapi");
    }
}
