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
 */
@DataSourceDefinition(
        name = "java:app/jdbc/govinbox",
        className = "${MPCONFIG=govinbox.db.datasource-class}",
        databaseName = "${MPCONFIG=govinbox.data.dir}/derby",
        properties = {"createDatabase=create"},
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

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        try {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + vendor())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            migrated = true;
            LOG.info(() -> "database at " + dir + " is at schema version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (Exception e) {
            // Not rethrown: a failed deployment would leave the server answering 404 and a bare health
            // endpoint answering UP; this way readiness says DOWN and the log says why.
            LOG.log(Level.SEVERE, "the database could not be opened or migrated; GovInbox is not ready", e);
        }
    }

    /** The folder of migrations for this database: {@code derby} or {@code postgresql}. */
    private String vendor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "derby";
        }
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
