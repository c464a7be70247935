package uk.cmlnetwork.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.cmlnetwork.web.startup.ApplicationStartup;

/** Ready when the database answers and the start-up brought its schema up to date (the Liquibase changelog). */
@Readiness
@ApplicationScoped
public class DatabaseReady implements HealthCheck {
    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Inject
    ApplicationStartup startup;

    @Inject
    uk.cmlnetwork.web.setup.Settings settings;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("schemaMigrated", startup.hasMigrated());
        try (Connection connection = database.getConnection()) {
            response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("setting", settings.database());
            return response.status(connection.isValid(5) && startup.hasMigrated()).build();
        } catch (SQLException unreachable) {
            return response.withData("problem", String.valueOf(unreachable.getMessage())).down().build();
        }
    }
}
