package uk.cmlnetwork.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import uk.cmlnetwork.web.setup.Settings;

/** Facts the site template needs, e.g. where the GOV.UK Frontend WebJar serves its stylesheet. */
@Named
@ApplicationScoped
public class Site {
    private static final String GOVUK_POM = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

    private final String govukFrontendVersion = readGovukVersion();

    @Inject
    Settings settings;

    /** Where members write about their data or the site's accessibility: the network's coordinator. */
    public String getContactEmail() {
        return settings.firstCoordinatorEmail();
    }

    /** The WebJar's version, which is part of its resource paths (/webjars/govuk-frontend/VERSION/...). */
    /** The map's tile server's URL template, or empty for none (see Settings.mapTiles). */
    public String getMapTiles() {
        return settings.mapTiles();
    }

    public String getMapTilesAttribution() {
        return settings.mapTilesAttribution();
    }

    /**
     * This page's address on the site (path and query, URL-encoded), for a "Sign in" link to come back to;
     * empty on the sign-in page itself.
     */
    public String getHere() {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/sign-in.xhtml") || path.startsWith("/signed-out.xhtml")) {
            return "";
        }
        String query = request.getQueryString();
        return java.net.URLEncoder.encode(path + (query == null ? "" : "?" + query), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getGovukFrontendVersion() {
        return govukFrontendVersion;
    }

    private static String readGovukVersion() {
        try (InputStream in = Site.class.getClassLoader().getResourceAsStream(GOVUK_POM)) {
            if (in == null) {
                throw new IllegalStateException("The GOV.UK Frontend WebJar is missing from the web module");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
