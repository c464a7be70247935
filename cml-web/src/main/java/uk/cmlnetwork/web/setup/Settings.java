package uk.cmlnetwork.web.setup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

    /** The site's host name, for Message-IDs and List-Id. */
    public String siteHost() {
        String host = java.net.URI.create(siteUrl()).getHost();
        return host == null ? "cml-network" : host;
    }

    /** The database this installation says it uses (cml/database): derby or postgresql. */
    public String database() {
        return text("cml/database", "derby");
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
    /** Emails anyone can make the site send to one address in an hour (cml/emailsPerAddressPerHour). */
    public int emailsPerAddressPerHour() {
        return number("cml/emailsPerAddressPerHour", 5);
    }

    /** Emails one client (network address) can ask the site to send in an hour (cml/emailsPerClientPerHour). */
    public int emailsPerClientPerHour() {
        return number("cml/emailsPerClientPerHour", 20);
    }

    /** Sign-in attempts from one client in a quarter of an hour before each waits longer (cml/signInsPerClient). */
    public int signInsPerClient() {
        return number("cml/signInsPerClient", 30);
    }

    /** The hour (London time) from which members' daily and weekly emails go out (cml/digestHour). */
    public int digestHour() {
        return number("cml/digestHour", 7);
    }

    /**
     * The mailbox replies to notifications go to, e.g. replies@example.org (cml/repliesAddress); each
     * notification about a question replies to replies+token@...; empty means answering by email is off.
     */
    public String repliesAddress() {
        String address = text("cml/repliesAddress", "");
        return address.contains("@") ? address : "";
    }

    /** Where that mailbox is read over IMAP: host, port, user, password and whether over TLS (cml/repliesImap*). */
    public RepliesMailbox repliesMailbox() {
        return new RepliesMailbox(text("cml/repliesImapHost", "localhost"), number("cml/repliesImapPort", 993),
                text("cml/repliesImapUser", ""), text("cml/repliesImapPassword", ""),
                !"false".equalsIgnoreCase(text("cml/repliesImapTls", "true")));
    }

    public record RepliesMailbox(String host, int port, String user, String password, boolean tls) {
        @Override
        public String toString() {
            return user + "@" + host + ":" + port; // never the password
        }
    }

    private int number(String name, int otherwise) {
        try {
            return Integer.parseInt(text(name, Integer.toString(otherwise)));
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    public String bookingDeskKey() {
        return text("cml/bookingDeskKey", "");
    }

    /** The backup command's key (cml/backupKey; empty: no backups by command). */
    public String backupKey() {
        return text("cml/backupKey", "");
    }

    /** The hosts members' posts may show images from over https, besides this site (cml/postImageHosts, comma separated). */
    public java.util.Set<String> postImageHosts() {
        return java.util.Arrays.stream(text("cml/postImageHosts", "").split(","))
                .map(String::strip).filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The map's background tiles (cml/mapTiles): a URL template such as
     * https://tile.example.org/{z}/{x}/{y}.png, or empty for the outline of England and Wales alone (no
     * request leaves the site). The content security policy allows images from its host.
     */
    public String mapTiles() {
        String tiles = text("cml/mapTiles", "");
        return tiles.startsWith("https://") ? tiles : "";
    }

    /** What the tile server asks to be credited with (cml/mapTilesAttribution), shown under the map. */
    public String mapTilesAttribution() {
        return text("cml/mapTilesAttribution", "");
    }

    /**
     * The mail catcher (cml/mailCatcher): {@code off} in a real installation; {@code only} or {@code copy} on the
     * servers the build runs, see {@code MailCatcher}.
     */
    public String mailCatcher() {
        return text("cml/mailCatcher", "off");
    }

    /** Where the backups coordinators take from the site go (cml/backupDir), each in a folder of its own. */
    public java.nio.file.Path backupDir() {
        return java.nio.file.Path.of(text("cml/backupDir", System.getProperty("java.io.tmpdir") + "/cml-backups"));
    }

    /** The folder uploaded resource files are kept in (cml/filesDir); outside the web application. */
    public java.nio.file.Path filesDir() {
        return java.nio.file.Path.of(text("cml/filesDir", System.getProperty("java.io.tmpdir") + "/cml-files"));
    }

    /** A setting, read from JNDI at most every half minute: some are needed on every request (the booking desk key). */
    private String text(String name, String otherwise) {
        long now = System.nanoTime();
        Read cached = read.get(name);
        if (cached == null || now - cached.atNanos() > FRESH_NANOS) {
            cached = new Read(lookup(name, otherwise), now);
            read.put(name, cached);
        }
        return cached.value();
    }

    /** Open Liberty binds the settings at their own names (server.xml); WildFly under java:global/ (README). */
    private static String lookup(String name, String otherwise) {
        for (String where : new String[] {name, "java:global/" + name}) {
            try {
                Object value = new InitialContext().lookup(where);
                if (value != null) {
                    return String.valueOf(value).strip();
                }
            } catch (NamingException notSet) {
                // not bound under this name
            }
        }
        return otherwise;
    }

    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(30);
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    private record Read(String value, long atNanos) {
    }
}
