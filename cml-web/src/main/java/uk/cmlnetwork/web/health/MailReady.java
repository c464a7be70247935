package uk.cmlnetwork.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.cmlnetwork.web.mail.MailCatcher;

/**
 * Ready when the mail session (mail/cml) is there and names a mail server (or, on the build's own servers, the
 * mail catcher keeps the emails instead). Whether the mail server answers is not asked here (every check would
 * open a connection); refused and waiting emails are in the metrics.
 */
@Readiness
@ApplicationScoped
public class MailReady implements HealthCheck {
    @Resource(lookup = "mail/cml")
    Session mail;

    @Inject
    MailCatcher catcher;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mail");
        if (catcher.catchesOnly()) {
            return response.withData("catcher", "only: emails are kept for /caught-emails.xhtml, not sent").up().build();
        }
        // Liberty's mailSession host attribute is mail.host; a session defined elsewhere may name mail.smtp.host
        String host = mail == null ? null : firstOf(mail.getProperty("mail.smtp.host"), mail.getProperty("mail.host"));
        if (host == null || host.isBlank()) {
            return response.withData("problem", "the mail session mail/cml names no mail server").down().build();
        }
        String port = mail.getProperty("mail.smtp.port");
        return response.withData("server", host + ":" + (port == null ? "25" : port)).up().build();
    }

    private static String firstOf(String one, String other) {
        return one != null && !one.isBlank() ? one : other;
    }
}
