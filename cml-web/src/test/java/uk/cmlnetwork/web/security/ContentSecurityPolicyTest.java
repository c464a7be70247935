package uk.cmlnetwork.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The map's tile server is the only other place images may come from, and only when one is set. */
class ContentSecurityPolicyTest {
    @Test
    void onlyTheTileServersOriginIsAddedToTheImageSources() {
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY, SecurityHeadersFilter.contentSecurityPolicy(""));
        String policy = SecurityHeadersFilter.contentSecurityPolicy("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png");
        assertTrue(policy.contains("img-src 'self' data: https://tiles.example.org:8443;"), policy);
        assertTrue(policy.contains("script-src 'self';"), "scripts stay the site's own: " + policy);
    }
}
