package uk.cmlnetwork.web.startup;

import java.util.Locale;
import java.util.Optional;

/**
 * The site starts only on the database it is set to use. Switched from Derby to PostgreSQL by
 * {@code CML_DATABASE} in server.env, Liberty was seen to keep the data source of its cached configuration
 * across restarts, quietly serving the old database; comparing the setting, the environment and the data
 * source the server actually gave turns that into a refusal to start that says what to do.
 */
final class DatabaseChoice {
    private DatabaseChoice() {
    }

    /**
     * Why the site must not start, if the data source's database (its product name, e.g. "Apache Derby") is
     * not the one the setting (cml.database) or the environment's CML_DATABASE (when set) names.
     */
    static Optional<String> refusal(String setting, String environment, String product) {
        boolean settingAgrees = product.toLowerCase(Locale.ROOT).contains(setting.strip().toLowerCase(Locale.ROOT));
        boolean environmentAgrees = environment == null || environment.isBlank()
                || product.toLowerCase(Locale.ROOT).contains(environment.strip().toLowerCase(Locale.ROOT));
        if (settingAgrees && environmentAgrees) {
            return Optional.empty();
        }
        return Optional.of("The site is set to use " + setting + " (cml.database"
                + (environment == null || environment.isBlank() ? "" : "; CML_DATABASE=" + environment)
                + ") but the server's data source jdbc/cml is " + product + ". Liberty may be using the configuration"
                + " it cached at an earlier start: start the server once with --clean (bin/server start NAME --clean)."
                + " The site does not start on another database than the one it is set to.");
    }
}
