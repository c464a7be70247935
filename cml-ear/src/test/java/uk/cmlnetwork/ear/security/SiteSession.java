package uk.cmlnetwork.ear.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One visitor's cookies and requests to the running site, with the Faces form rules (view state, _SUBMIT). */
final class SiteSession {
    static final String SITE = System.getProperty("cml.url", "http://localhost:9180/");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String site;

    SiteSession() {
        this(SITE);
    }

    /** A visitor of the site at this address (another node of the same site, say). */
    SiteSession(String site) {
        this.site = site;
    }

    /** Goes on at another address (another node of the same site) with the same cookies. */
    SiteSession moveTo(String site) {
        this.site = site;
        return this;
    }

    /**
     * Whether this answer asks the visitor to sign in: a page that needs a signed-in member shows the
     * sign-in form in its place (no redirect), and a session ended on the server redirects to it.
     */
    static boolean asksToSignIn(HttpResponse<String> response) {
        boolean signInPage = response.statusCode() == 200 && response.body().contains("<form id=\"signIn\"")
                && !response.uri().getPath().endsWith("/sign-in.xhtml");
        boolean redirected = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("sign-in.xhtml");
        return signInPage || redirected;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends JSON to the REST API (with this session's cookies); authorization may be null. */
    HttpResponse<String> postJson(String path, String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in and submits a form of the page as a browser would, following one redirect. */
    HttpResponse<String> submit(String page, String form, String button, Map<String, String> fields) throws Exception {
        return submitShown(get(page), page, form, button, fields);
    }

    /** Submits a form of a page already shown (with its hidden fields), following one redirect. */
    HttpResponse<String> submitShown(HttpResponse<String> shown, String page, String form, String button,
                                     Map<String, String> fields) throws Exception {
        Matcher state = VIEW_STATE.matcher(shown.body());
        if (!state.find()) {
            throw new AssertionError("no form on " + page + " (status " + shown.statusCode() + ")");
        }
        Map<String, String> posted = new LinkedHashMap<>();
        fields.forEach((name, value) -> posted.put(form + ":" + name, value));
        posted.put(form + ":" + button, "submit");
        posted.put(form + "_SUBMIT", "1"); // how MyFaces (Open Liberty) knows the form was sent
        posted.put(form, form); // and Mojarra (WildFly)
        posted.put("jakarta.faces.ViewState", state.group(1));
        Matcher input = Pattern.compile("<input ([^>]*type=\"hidden\"[^>]*)>").matcher(shown.body());
        while (input.find()) {
            // The form's own hidden fields, and the plain "id" a page carries in its forms (read before the view's parameters).
            Matcher name = Pattern.compile("name=\"(" + Pattern.quote(form) + ":\\w+|id)\"").matcher(input.group(1));
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group(1));
            if (name.find() && value.find()) {
                posted.putIfAbsent(name.group(1), value.group(1).replace("&amp;", "&"));
            }
        }
        String body = posted.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(site + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            String location = response.headers().firstValue("Location").orElseThrow();
            return http.send(HttpRequest.newBuilder(URI.create(site).resolve(location))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** Presses the first button with this label on the page (e.g. "Suspend" in the first row of a table). */
    HttpResponse<String> submitFirstForm(String page, String buttonLabel) throws Exception {
        String html = get(page).body();
        Matcher button = Pattern.compile("<input id=\"([^\"]+)\" name=\"([^\"]+)\" type=\"submit\" value=\""
                + Pattern.quote(buttonLabel) + "\"").matcher(html);
        if (!button.find()) {
            throw new AssertionError("no " + buttonLabel + " button on " + page);
        }
        String name = button.group(2);
        String form = name.substring(0, name.lastIndexOf(':'));
        return submit(page, form, name.substring(name.lastIndexOf(':') + 1), Map.of());
    }

    void signIn(String email, String password) throws Exception {
        HttpResponse<String> after = submit("sign-in.xhtml", "signIn", "submit", Map.of("email", email, "password", password));
        if (!after.body().contains("Your account")) {
            throw new AssertionError("could not sign in as " + email + ": " + after.statusCode());
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
