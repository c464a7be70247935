package uk.cmlnetwork.embedded;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import uk.cmlnetwork.files.FolderFiles;
import uk.cmlnetwork.jpa.DatabaseSchema;
import uk.cmlnetwork.jpa.NetworkServices;
import uk.cmlnetwork.library.DirectoryCopy;
import uk.cmlnetwork.member.PasswordHashing;
import uk.cmlnetwork.post.PostText;
import uk.cmlnetwork.resource.ResourceFiles;
import uk.cmlnetwork.shared.CommandValidation;

/**
 * The network in plain Java SE, without a container: open it on a Derby folder or any JDBC URL,
 * then do work in {@link #inTransaction}. The schema is brought up to date when it opens.
 */
public final class CmlNetwork implements AutoCloseable {
    private static final PostText POST_TEXT = PostText.siteImagesOnly();

    private final String jdbcUrl;
    private final EntityManagerFactory entityManagers;
    private final ValidatorFactory validators;
    private final Validator validator;
    private final Clock clock;
    private final PasswordHashing passwords;
    private volatile ResourceFiles files = ResourceFiles.NONE;
    private volatile Path filesFolder;
    // Checked before every search: a program embedding the core sees its own changes at once.
    private final DirectoryCopy directory = new DirectoryCopy(Duration.ZERO);

    private CmlNetwork(String jdbcUrl, EntityManagerFactory entityManagers, ValidatorFactory validators, Clock clock,
                       PasswordHashing passwords) {
        this.jdbcUrl = jdbcUrl;
        this.entityManagers = entityManagers;
        this.validators = validators;
        this.validator = CommandValidation.validator(validators);
        this.clock = clock;
        this.passwords = passwords;
    }

    /** An embedded Derby database kept in this folder (created when missing). */
    public static CmlNetwork openDerby(Path folder) {
        return open("jdbc:derby:" + folder.toAbsolutePath() + ";create=true", null, null);
    }

    public static CmlNetwork open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    /** As {@link #open(String, String, String)}, with a clock of your own (tests use a fixed one). */
    public static CmlNetwork open(String jdbcUrl, String user, String password, Clock clock) {
        return open(jdbcUrl, user, password, clock, new PasswordHashing());
    }

    /**
     * As {@link #open(String, String, String, Clock)}, hashing passwords with {@code passwords} (the
     * default is PBKDF2 at {@link PasswordHashing#ITERATIONS} iterations; tests use fewer, to run fast).
     */
    public static CmlNetwork open(String jdbcUrl, String user, String password, Clock clock, PasswordHashing passwords) {
        quietLibraries(jdbcUrl);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            DatabaseSchema.migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the database at " + jdbcUrl + ": " + e.getMessage(), e);
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", "");
        settings.put("jakarta.persistence.jdbc.url", jdbcUrl);
        // Each transaction reads through the connection it writes on (one entity manager per transaction),
        // so it sees its own changes even before they are flushed, and a read never waits on its own locks:
        // by default EclipseLink reads on another connection until the first flush, not after an update query.
        settings.put("eclipselink.jdbc.exclusive-connection.mode", "Always");
        if (user != null) {
            settings.put("jakarta.persistence.jdbc.user", user);
            settings.put("jakarta.persistence.jdbc.password", password == null ? "" : password);
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("cml", settings);
        return new CmlNetwork(jdbcUrl, emf, Validation.buildDefaultValidatorFactory(), clock, passwords);
    }

    /** Liquibase's logger, held so the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    /**
     * A program embedding the core sees warnings only: Liquibase logs each change set it checks at INFO
     * (some 300 lines at every start) unless the program set a level for the "liquibase" logger itself;
     * and embedded Derby writes its log beside its database folder, not derby.log in the working folder
     * (nowhere for an in-memory database), unless the program set {@code derby.stream.error.*} itself.
     */
    private static void quietLibraries(String jdbcUrl) {
        synchronized (LIQUIBASE_LOG) {
            if (LIQUIBASE_LOG.getLevel() == null) {
                LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
            }
        }
        if (!jdbcUrl.startsWith("jdbc:derby:") || System.getProperty("derby.stream.error.file") != null
                || System.getProperty("derby.stream.error.field") != null || System.getProperty("derby.stream.error.method") != null) {
            return;
        }
        if (jdbcUrl.startsWith("jdbc:derby:memory:")) {
            System.setProperty("derby.stream.error.field", DiscardedDerbyLog.class.getName() + ".STREAM");
        } else {
            Path folder = Path.of(jdbcUrl.substring("jdbc:derby:".length()).split(";", 2)[0]).toAbsolutePath();
            System.setProperty("derby.stream.error.file", folder.resolveSibling(folder.getFileName() + "-derby.log").toString());
        }
    }

    /** Keeps coordinators' uploaded files in this folder (without one, uploads are refused). */
    public CmlNetwork keepFilesIn(Path folder) {
        this.files = new FolderFiles(folder);
        this.filesFolder = folder;
        return this;
    }

    /**
     * Backs up a network kept in a Derby folder, while it is open and in use: the database by Derby's online
     * backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, a consistent copy taken while other work goes on) into
     * {@code target}, and the uploaded files ({@link #keepFilesIn}) into {@code target/files}. Returns the copied
     * database's folder: to restore, open it ({@link #openDerby}) and keep files in {@code target/files}.
     * (On PostgreSQL, use {@code pg_dump} and {@code pg_restore}: see the README.)
     */
    public Path backUpTo(Path target) {
        if (!jdbcUrl.startsWith("jdbc:derby:") || jdbcUrl.startsWith("jdbc:derby:memory:")) {
            throw new IllegalStateException("Only a network kept in a Derby folder is backed up this way");
        }
        Path database = Path.of(jdbcUrl.substring("jdbc:derby:".length()).split(";", 2)[0]);
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            uk.cmlnetwork.jpa.DerbyBackup.backUp(connection, target, filesFolder);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup into " + target + " failed: " + e.getMessage(), e);
        }
        return target.resolve(database.getFileName());
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws
     * (the exception is passed on, and nothing of the work is saved).
     */
    public <T> T inTransaction(Function<NetworkServices, T> work) {
        EntityManager em = entityManagers.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(new NetworkServices(em, validator, clock,
                    passwords, POST_TEXT, files, directory));
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        entityManagers.close();
        validators.close();
        if (jdbcUrl.startsWith("jdbc:derby:") && !jdbcUrl.startsWith("jdbc:derby:memory:")) {
            shutDownDerby();
        }
    }

    // Embedded Derby keeps the folder locked until the database is shut down; Derby reports a
    // clean shutdown as an SQLException with state 08006.
    private void shutDownDerby() {
        String database = jdbcUrl.replace(";create=true", "");
        try {
            DriverManager.getConnection(database + ";shutdown=true").close();
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly: " + expected.getMessage(), expected);
            }
        }
    }
}
