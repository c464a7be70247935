package uk.cmlnetwork.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.cmlnetwork.jpa.DatabaseSchema;
import uk.cmlnetwork.web.setup.Settings;

/**
 * When the application starts: bring the database schema up to date (the same Liquibase changelog
 * the Java SE entry point uses), add the demo content if it is switched on and the database is empty,
 * make the key of emailed links if the site has none, and appoint the first coordinator if the setting names one and there is none yet.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Inject
    DemoContent demoContent;

    @Inject
    Settings settings;

    @Inject
    FirstCoordinator firstCoordinator;

    @Inject
    LinkKey linkKey;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        DatabaseSchema.migrate(database);
        try {
            linkKey.ensure();
        } catch (RuntimeException anotherServerMadeIt) {
            LOG.fine("Another server made the key of emailed links at the same moment; it is used");
        }
        if (settings.demoContent() && demoContent.addIfEmpty()) {
            LOG.info("Added the demo content to an empty database (switch off with cml.demo.content=false)");
        }
        if (!settings.firstCoordinatorEmail().isBlank()) {
            firstCoordinator.appoint(settings.firstCoordinatorEmail(), settings.firstCoordinatorName());
        }
    }
}
