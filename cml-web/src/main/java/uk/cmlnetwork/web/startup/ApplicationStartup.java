package uk.cmlnetwork.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import uk.cmlnetwork.library.ImportReport;
import javax.sql.DataSource;
import uk.cmlnetwork.jpa.DatabaseSchema;
import uk.cmlnetwork.web.setup.Settings;

/**
 * When the application starts: bring the database schema up to date (the same Liquibase changelog
 * the Java SE entry point uses), load the starting directory into an empty database (with the demo
 * events and resources, if switched on),
 * make the key of emailed links if the site has none, and appoint the first coordinator if the setting names one and there is none yet.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Inject
    StartingLibraries startingLibraries;

    @Inject
    DemoContent demoContent;

    @Inject
    Settings settings;

    @Inject
    FirstCoordinator firstCoordinator;

    @Inject
    LinkKey linkKey;

    @Inject
    jakarta.enterprise.event.Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    private void refuseAnotherDatabase() {
        String product;
        try (java.sql.Connection connection = database.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException unreachable) {
            throw new IllegalStateException("The database cannot be reached: " + unreachable.getMessage(), unreachable);
        }
        DatabaseChoice.refusal(settings.database(), System.getenv("CML_DATABASE"), product).ifPresent(refusal -> {
            LOG.severe(refusal);
            throw new IllegalStateException(refusal);
        });
    }

    /** Whether this start brought the database schema up to date (the site is not ready before). */
    public boolean hasMigrated() {
        return migrated;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        refuseAnotherDatabase();
        DatabaseSchema.migrate(database);
        migrated = true;
        try {
            linkKey.ensure();
        } catch (RuntimeException anotherServerMadeIt) {
            LOG.fine("Another server made the key of emailed links at the same moment; it is used");
        }
        try {
            List<ImportReport> loaded = startingLibraries.loadIfEmpty();
            if (!loaded.isEmpty()) {
                LOG.info("Loaded the starting directory into an empty database: " + loaded);
                if (settings.demoContent()) {
                    demoContent.add();
                    LOG.info("Added the demo events and resources (switch off with cml.demo.content=false)");
                }
            }
        } catch (RuntimeException anotherServerLoadedIt) {
            LOG.warning("The starting directory was not loaded here (another server starting at the same moment"
                    + " may have loaded it): " + anotherServerLoadedIt);
        }
        if (!settings.firstCoordinatorEmail().isBlank()) {
            firstCoordinator.appoint(settings.firstCoordinatorEmail(), settings.firstCoordinatorName());
        }
        schemaReady.fire(new SchemaReady());
    }
}
