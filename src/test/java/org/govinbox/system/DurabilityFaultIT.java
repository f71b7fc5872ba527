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
}
