package uk.cmlnetwork.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import uk.cmlnetwork.web.background.BackgroundWork;

/**
 * Ready and live while the background work (the outbox sender, members' news, the replies mailbox) is scheduled
 * and the outbox sender looked in the last half minute: a server whose senders stopped is restarted, not trusted.
 */
@Readiness
@Liveness
@ApplicationScoped
public class BackgroundWorkAlive implements HealthCheck {
    @Inject
    BackgroundWork work;

    @Override
    public HealthCheckResponse call() {
        long seconds = work.secondsSinceOutboxLooked();
        return HealthCheckResponse.named("background-work")
                .withData("scheduled", work.isScheduled())
                .withData("secondsSinceOutboxLooked", seconds)
                .status(work.isScheduled() && seconds <= 30)
                .build();
    }
}
