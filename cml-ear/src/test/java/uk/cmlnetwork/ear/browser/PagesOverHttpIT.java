package uk.cmlnetwork.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses that name nothing get a real 404 with the site's own page, never a stack trace. */
class PagesOverHttpIT {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"event.xhtml?id=no-such-event", "event.xhtml", "library.xhtml?id=%27%3Bdrop",
            "no-such-page.xhtml"})
    void unknownThingsAreNotFound(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Browser.SITE + path))
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(!response.body().contains("Exception"), response.body());
    }
}
