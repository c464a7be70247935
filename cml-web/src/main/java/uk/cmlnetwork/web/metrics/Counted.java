package uk.cmlnetwork.web.metrics;

/**
 * What this server counts for the site's metrics, fired as a CDI event where it happens: a place booked, a
 * sign-in refused. {@link SiteMetrics} listens where the server has MicroProfile Metrics (Open Liberty); on a
 * server without it (WildFly) nothing listens, and the pages work the same.
 */
public enum Counted {
    BOOKING,
    SIGN_IN_REFUSAL
}
