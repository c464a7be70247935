package uk.cmlnetwork.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The site's own figures among the server's metrics (MicroProfile Metrics, {@code /metrics?scope=application}):
 * emails waiting and failed and newsletter copies still to go (read from the outbox when asked, so the same on
 * every server), and bookings made and sign-ins refused on this server since it started (the {@link Counted}
 * events). On a server without MicroProfile Metrics (WildFly) this class is left out and nothing is counted.
 */
@ApplicationScoped
public class SiteMetrics {
    @Inject
    MetricRegistry registry;

    @Inject
    MetricsFacade figures;

    private Counter bookings;
    private Counter signInRefusals;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        bookings = registry.counter(Metadata.builder().withName("cml.bookings")
                .withDescription("Places booked on this server since it started (pages, REST API and guests' links)").build());
        signInRefusals = registry.counter(Metadata.builder().withName("cml.sign.in.refusals")
                .withDescription("Sign-ins refused on this server since it started: wrong details or too many attempts").build());
        registry.gauge(Metadata.builder().withName("cml.emails.waiting")
                .withDescription("Emails not sent yet and not refused (newsletter copies included)").build(),
                () -> figures.allEmails().waiting());
        registry.gauge(Metadata.builder().withName("cml.emails.failed")
                .withDescription("Emails the mail server refused or could not be reached for, tried again on the outbox's schedule").build(),
                () -> figures.allEmails().failed());
        registry.gauge(Metadata.builder().withName("cml.newsletter.copies.to.go")
                .withDescription("Newsletter copies not sent yet, waiting or failed").build(),
                () -> {
                    var copies = figures.newsletterCopies();
                    return copies.waiting() + copies.failed();
                });
    }

    void count(@Observes Counted what) {
        Counter counter = what == Counted.BOOKING ? bookings : signInRefusals;
        if (counter != null) {
            counter.inc();
        }
    }
}
