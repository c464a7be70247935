package uk.cmlnetwork.web.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import uk.cmlnetwork.jpa.DatabaseSchema;

/**
 * When the application starts: bring the database schema up to date (the same Liquibase changelog
 * the Java SE entry point uses), then add the demo content if it is switched on and the database is empty.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    /** JNDI name of the setting that switches the demo content on or off (server.xml: cml.demo.content). */
    static final String DEMO_SETTING = "cml/demoContent";

    @Resource(lookup = "jdbc/cml")
    DataSource database;

    @Inject
    DemoContent demoContent;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        DatabaseSchema.migrate(database);
        if (demoContentWanted()) {
            if (demoContent.addIfEmpty()) {
                LOG.info("Added the demo content to an empty database (switch off with cml.demo.content=false)");
            }
        }
    }

    private static boolean demoContentWanted() {
        try {
            Object setting = new InitialContext().lookup(DEMO_SETTING);
            return Boolean.parseBoolean(String.valueOf(setting).strip());
        } catch (NamingException notSet) {
            return false;
        }
    }
}
