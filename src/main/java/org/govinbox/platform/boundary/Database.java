package org.govinbox.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import jakarta.inject.Inject;

/**
 * The application's own data source and its schema. The data source is declared here, not in the server,
 * so that the WAR runs on a bare Payara Micro; Flyway migrates the schema before anything else runs.
 * <p>
 * R1: the application is ready only once the database is reachable and fully migrated.
 * R2 (durability guard): it refuses to start on a database set up to acknowledge writes it has not made durable
 * ({@link Durability}) unless {@code govinbox.db.allow-unsafe-durability} says so, which is for benchmarks only.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/govinbox",
        className = "${MPCONFIG=govinbox.db.datasource-class}",
        serverName = "${MPCONFIG=govinbox.db.server}",
        databaseName = "${MPCONFIG=govinbox.db.name}",
        user = "${MPCONFIG=govinbox.db.user}",
        password = "${MPCONFIG=govinbox.db.password}",
        properties = {"createDatabase=create", "portNumber=${MPCONFIG=govinbox.db.port}"},
        minPoolSize = 1,
        maxPoolSize = 32)
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = "java:app/jdbc/govinbox")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "govinbox.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "govinbox.db.allow-unsafe-durability", defaultValue = "false")
    boolean allowUnsafeDurability;

    private volatile boolean migrated;
    private volatile String vendor;

    @PostConstruct
    void migrate() {
        try {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            if (!durable()) {
                return;
            }
            String vendor = vendor();
            this.vendor = vendor;
            if ("derby".equals(vendor)) {
                preallocateIdentities();
            }
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(migrations(vendor))
                    .failOnMissingLocations(true)
                    .load();
            MigrateResult result = flyway.migrate();
            migrated = true;
            // the version migrated to now, or (nothing to do) the version it was already at
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
            String where = ("derby".equals(vendor) ? "the Derby" : "the PostgreSQL") + " database (data folder " + dir + ")";
            LOG.info(() -> where + " is at schema version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now)");
        } catch (Exception e) {
            // Not rethrown: a failed deployment would leave the server answering 404 and a bare health
            // endpoint answering UP; this way readiness says DOWN and the log says why.
            LOG.log(Level.SEVERE, "the database could not be opened or migrated; GovInbox is not ready", e);
        }
    }

    /** R2: false (and the server on its way down) when the database would lose acknowledged writes. */
    private boolean durable() throws SQLException {
        java.util.List<String> unsafe;
        try (Connection connection = dataSource.getConnection()) {
            unsafe = Durability.unsafeSettings(connection);
        }
        if (unsafe.isEmpty()) {
            return true;
        }
        String settings = String.join(", ", unsafe);
        if (allowUnsafeDurability) {
            LOG.warning(() -> "UNSAFE: the database runs with " + settings + ": a crash loses writes that were already "
                    + "acknowledged. Allowed by govinbox.db.allow-unsafe-durability=true, which is for benchmarks only.");
            return true;
        }
        LOG.severe(() -> "GovInbox refuses to start: the database runs with " + settings + ", so a crash would lose "
                + "letters and decisions that were already acknowledged. Remove the setting (for a benchmark only, "
                + "set govinbox.db.allow-unsafe-durability=true). 数据库配置不能保证已确认的写入不丢失，系统拒绝启动。");
        // not from this thread: the deployment is still running and the JVM's shutdown waits for it; and if the
        // shutdown hooks wait for the deployment all the same, halt (nothing was written: the schema is untouched)
        Thread stop = new Thread(() -> System.exit(78), "durability-guard");
        stop.setDaemon(true);
        stop.start();
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(78);
        }, "durability-guard-halt");
        halt.setDaemon(true);
        halt.start();
        return false;
    }

    /**
     * Derby hands identity values out of its sequence catalog 100 at a time by default, and every letter takes several
     * (the case, its parties, its history, the outbox): under many concurrent submissions the writers queue on that
     * catalog. 1000 at a time removes the queue (bench/README.md). A database property, so that it holds however the
     * WAR is deployed; a {@code -Dderby.language.sequence.preallocator} on the command line still wins. Read when a
     * table's generator is first used after boot, so it applies at once.
     */
    private void preallocateIdentities() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                java.sql.CallableStatement call = connection.prepareCall(
                        "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000')")) {
            call.execute();
        }
    }

    /**
     * One schema history for both databases: the scripts whose SQL is the same on both in {@code common}, the others
     * in the vendor's folder under the same version ({@code derby} or {@code postgresql}).
     */
    public static String[] migrations(String vendor) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    /** The folder of migrations for this database: {@code derby} or {@code postgresql}. */
    private String vendor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "derby";
        }
    }

    /**
     * Whether other instances may work on this database: not embedded Derby, which only this process can open.
     * Only then is the change log (R7) written and read.
     */
    public boolean shared() {
        return vendor != null && !"derby".equals(vendor);
    }

    public boolean migrated() {
        return migrated;
    }

    /** R1: migrated, and a connection answers now. */
    public boolean reachable() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "database not reachable", e);
            return false;
        }
    }
}
