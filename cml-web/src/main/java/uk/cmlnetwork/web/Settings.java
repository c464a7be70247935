package uk.cmlnetwork.web;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The installation's settings, given in server.xml as JNDI entries under cml/ (see server-config
 * and the README's settings table).
 */
@ApplicationScoped
public class Settings {
    /** The site's public address, used in emailed links, e.g. https://cmlnetwork.example.org/ */
    public String siteUrl() {
        String url = text("cml/siteUrl", "http://localhost:9080/");
        return url.endsWith("/") ? url : url + "/";
    }

    public boolean demoContent() {
        return Boolean.parseBoolean(text("cml/demoContent", "false"));
    }

    public String firstCoordinatorEmail() {
        return text("cml/firstCoordinatorEmail", "");
    }

    public String firstCoordinatorName() {
        return text("cml/firstCoordinatorName", "Network coordinator");
    }

    /**
     * The secret key of the booking desk: a system (e.g. a council's booking line) that books named
     * people through the REST API without each confirming by email. Empty means no booking desk.
     */
    public String bookingDeskKey() {
        return text("cml/bookingDeskKey", "");
    }

    private static String text(String name, String otherwise) {
        try {
            Object value = new InitialContext().lookup(name);
            return value == null ? otherwise : String.valueOf(value).strip();
        } catch (NamingException notSet) {
            return otherwise;
        }
    }
}
