package org.govinbox.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fault suite, #15 (5): a server whose database would acknowledge writes it has not made durable refuses to
 * start, with a message saying why; the benchmark-only override lets it start, and says so in the log.
 */
class DurabilityFaultIT {

    @Test
    void refusesToStartOnDerbyWithTestDurability() throws Exception {
        try (OwnServer server = OwnServer.fresh("durability-refused")) {
            server.start(Map.of("derby.system.durability", "test"));
            assertEquals(78, server.awaitExit(Duration.ofMinutes(4)), "the exit status of a refused start");
            String log = server.log();
            assertThat(log, containsString("GovInbox refuses to start"));
            assertThat(log, containsString("derby.system.durability=test"));
            assertThat(log, containsString("govinbox.db.allow-unsafe-durability=true"));
        }
    }

    @Test
    void refusesToStartOnDerbyPropertiesWithTestDurability() throws Exception {
        try (OwnServer server = OwnServer.fresh("durability-file")) {
            Files.writeString(server.home.resolve("derby.properties"), "derby.system.durability=test\n");
            server.start(Map.of("derby.system.home", server.home.toString()));
            assertEquals(78, server.awaitExit(Duration.ofMinutes(4)));
            assertThat(server.log(), containsString("GovInbox refuses to start"));
        }
    }

    @Test
    void theBenchmarkOverrideStartsWithAWarning() throws Exception {
        try (OwnServer server = OwnServer.fresh("durability-override")) {
            server.start(Map.of("derby.system.durability", "test", "govinbox.db.allow-unsafe-durability", "true"));
            server.awaitReady();
            assertThat(server.log(), containsString("UNSAFE: the database runs with derby.system.durability=test"));
            assertThat(server.log(), not(containsString("GovInbox refuses to start")));
        }
    }

    /**
     * PostgreSQL acknowledging commits before they are on disk: the build's cluster, a database of its own whose
     * sessions default to {@code synchronous_commit=off} ({@code fsync} is a setting of the whole cluster and cannot be
     * set for one database; the guard reads both the same way, with {@code SHOW}).
     */
    @Test
    void refusesToStartOnPostgresqlWithSynchronousCommitOff() throws Exception {
        String port = System.getProperty("govinbox.it.pg-port");
        String password = "Unsafe-Pass-2026";
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                java.sql.Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS govinbox_unsafe");
            sql.execute("DROP ROLE IF EXISTS govinbox_unsafe");
            sql.execute("CREATE ROLE govinbox_unsafe LOGIN PASSWORD '" + password + "'");
            sql.execute("CREATE DATABASE govinbox_unsafe OWNER govinbox_unsafe");
            sql.execute("ALTER DATABASE govinbox_unsafe SET synchronous_commit = off");
        }
        try (OwnServer server = OwnServer.fresh("durability-postgresql")) {
            server.start(Map.of("govinbox.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource",
                    "govinbox.db.server", "127.0.0.1", "govinbox.db.port", port, "govinbox.db.name", "govinbox_unsafe",
                    "govinbox.db.user", "govinbox_unsafe", "govinbox.db.password", password));
            assertEquals(78, server.awaitExit(Duration.ofMinutes(4)), "the exit status of a refused start");
            assertThat(server.log(), containsString("GovInbox refuses to start"));
            assertThat(server.log(), containsString("synchronous_commit=off"));
        }
        try (java.sql.Connection check = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/govinbox_unsafe", "govinbox_unsafe", password);
                java.sql.ResultSet tables = check.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            assertEquals(0, tables.getInt(1), "a refused start migrates nothing");
        }
    }
}
