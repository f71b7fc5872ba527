package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Fault suite, #15 (7, 8) on a server of its own: an online backup taken while letters keep arriving, an audit row
 * edited in the database files behind the server's back (the chain's check names it), and the backup restored as the
 * README says — every letter acknowledged before the backup is there, none acknowledged after it.
 */
class BackupFaultIT {

    private record Written(String code, String secret) {
    }

    @Test
    void anOnlineBackupRestoresEveryAcknowledgedLetterAndTheChainNamesAnEditedRow() throws Exception {
        int smtpPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        try (OwnServer server = OwnServer.fresh("backup")) {
            server.start(Map.of("govinbox.letter.writes-per-minute", "100000", "govinbox.letter.lookups-per-minute", "100000",
                    "govinbox.audit.seal-seconds", "1", "govinbox.smtp.port", String.valueOf(smtpPort),
                    "govinbox.mail.poll-seconds", "1", "govinbox.second-factor.roles", "none"));
            server.awaitReady();
            String admin = signIn(server, "admin", OwnServer.ADMIN_PASSWORD);
            String auditor = auditor(server, admin);

            List<Written> before = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                before.add(write(server, "备份前" + i, i < 3 ? "writer" + i + "@example.com" : null));
            }
            Awaitility.await("the receipts mailed").atMost(Duration.ofSeconds(60))
                    .until(() -> smtp.getReceivedMessages().length >= 3);
            // letters keep arriving while the backup runs
            List<Written> during = new CopyOnWriteArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    during.add(write(server, "备份中" + i, null));
                }
            });
            writer.start();
            Awaitility.await("letters arriving").atMost(Duration.ofSeconds(30)).until(() -> during.size() >= 3);
            JsonPath backup = server.as(admin).post("/api/backups").then().statusCode(201).extract().jsonPath();
            writing.set(false);
            writer.join();
            List<Written> after = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                after.add(write(server, "备份后" + i, null));
            }
            String name = backup.getString("name");
            assertTrue(server.as(admin).get("/api/backups").then().statusCode(200).extract().jsonPath()
                    .getList("name").contains(name));
            Awaitility.await("the audit trail sealed").atMost(Duration.ofSeconds(30)).until(() ->
                    server.as(auditor).get("/api/audit/verification").then().extract().jsonPath().getInt("unsealed") == 0);
            server.as(auditor).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", org.hamcrest.Matchers.equalTo(true));

            // someone with the files edits an audit row while the server is down
            server.stop();
            Map<String, String> facts = inspectAndEdit(server.data.resolve("derby"), before.get(0).secret());
            // Q3, N1: what a thief of the files finds — no key that derives secrets, only slow hashes, no mail bodies
            assertEquals("0", facts.get("legacyKey"), facts.toString());
            assertEquals("0", facts.get("casesWithoutSlowHash"), facts.toString());
            assertEquals("0", facts.get("sentWithBody"), facts.toString());
            assertEquals("0", facts.get("secretInOutbox"), facts.toString());
            assertEquals("0", facts.get("secretInCases"), facts.toString());
            long edited = Long.parseLong(facts.get("edited"));
            server.start(Map.of("govinbox.letter.lookups-per-minute", "100000", "govinbox.second-factor.roles", "none"));
            server.awaitReady();
            String auditorAgain = signIn(server, auditorName, OwnServer.ADMIN_PASSWORD + "-aud");
            JsonPath broken = server.as(auditorAgain).get("/api/audit/verification").then().statusCode(200).extract().jsonPath();
            assertFalse(broken.getBoolean("intact"), broken.prettify());
            assertEquals(edited, broken.getLong("brokenAtEvent"), broken.prettify());

            // the README's restore: stop, put the backup's database in place, drop the search index, start
            server.stop();
            Path data = server.data;
            Files.move(data.resolve("derby"), data.resolve("derby.before-restore"));
            copyTree(data.resolve("backups").resolve(name).resolve("derby"), data.resolve("derby"));
            OwnServer.deleteTree(data.resolve("search"));
            server.start(Map.of("govinbox.letter.lookups-per-minute", "100000", "govinbox.second-factor.roles", "none"));
            server.awaitReady();
            for (Written w : before) {
                lookup(server, w).then().statusCode(200);
            }
            for (Written w : after) {
                lookup(server, w).then().statusCode(404);
            }
            long restoredDuring = during.stream().filter(w -> lookup(server, w).statusCode() == 200).count();
            assertTrue(restoredDuring >= 1, "letters acknowledged before the backup call are in it");
            String auditorRestored = signIn(server, auditorName, OwnServer.ADMIN_PASSWORD + "-aud");
            server.as(auditorRestored).get("/api/audit/verification").then().statusCode(200)
                    .body("intact", org.hamcrest.Matchers.equalTo(true));
        } finally {
            smtp.stop();
        }
    }

    private String auditorName;

    private String auditor(OwnServer server, String admin) {
        auditorName = "auditor" + System.nanoTime() % 100000;
        String initial = "Initial-Aud-2026x";
        server.as(admin).contentType(ContentType.JSON).body(Map.of("username", auditorName, "displayName", "审计员",
                "password", initial, "department", "", "roles", List.of("AUDITOR"))).post("/api/users").then().statusCode(201);
        String token = signIn(server, auditorName, initial);
        server.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", initial, "newPassword", OwnServer.ADMIN_PASSWORD + "-aud"))
                .post("/api/session/password").then().statusCode(204);
        return token;
    }

    private static String signIn(OwnServer server, String username, String password) {
        return server.api().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/session").then().statusCode(200).extract().path("token");
    }

    private static Written write(OwnServer server, String title, String email) {
        Map<String, Object> letter = Letters.letter(title);
        if (email != null) {
            letter.put("email", email);
        }
        JsonPath receipt = server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", Server.proof(server.base))
                .body(letter).post("/api/letters")
                .then().statusCode(201).extract().jsonPath();
        return new Written(receipt.getString("queryCode"), receipt.getString("querySecret"));
    }

    private static io.restassured.response.Response lookup(OwnServer server, Written w) {
        return server.api().contentType(ContentType.JSON).body(Map.of("queryCode", w.code(), "querySecret", w.secret()))
                .post("/api/letters/lookup");
    }

    /**
     * Opens the stopped server's database in a JVM of its own (so that nothing of it stays booted here), reports
     * what it holds of secrets and mail, and changes one sealed audit row (as someone with the files could, behind the
     * server's back): {@code name=value} facts, {@code edited} the row's id.
     */
    private static Map<String, String> inspectAndEdit(Path database, String secret) throws Exception {
        Process edit = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseThief.class.getName(), database.toString(), secret)
                .redirectErrorStream(true).start();
        String out = new String(edit.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, edit.waitFor(), out);
        Map<String, String> facts = new java.util.HashMap<>();
        out.lines().filter(l -> l.startsWith("fact ")).forEach(l -> {
            String[] kv = l.substring(5).split("=", 2);
            facts.put(kv[0], kv[1]);
        });
        assertTrue(facts.containsKey("edited"), out);
        return facts;
    }

    /** The one with the files: reads what they hold, and edits one audit row. */
    public static final class DatabaseThief {
        public static void main(String[] args) throws SQLException {
            String url = "jdbc:derby:" + args[0];
            String secret = args[1];
            try (Connection c = DriverManager.getConnection(url)) {
                fact(c, "legacyKey", "SELECT COUNT(*) FROM app_secret WHERE name = 'query-secret'");
                fact(c, "casesWithoutSlowHash", "SELECT COUNT(*) FROM case_item WHERE query_secret_hash IS NULL "
                        + "OR query_secret_hash NOT LIKE 'pbkdf2-sha256$1000$%'");
                fact(c, "sentWithBody", "SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NOT NULL AND body IS NOT NULL");
                fact(c, "secretInOutbox", "SELECT COUNT(*) FROM outbox_message WHERE body LIKE '%" + secret + "%' OR subject LIKE '%"
                        + secret + "%'");
                fact(c, "secretInCases", "SELECT COUNT(*) FROM case_item WHERE query_secret_hash LIKE '%" + secret
                        + "%' OR idempotency_key LIKE '%" + secret + "%'");
                long id;
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT MIN(id) FROM audit_event WHERE chain_seq IS NOT NULL AND action = 'session.sign-in'");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE audit_event SET result = 'FAILURE' WHERE id = ?")) {
                    s.setLong(1, id);
                    if (s.executeUpdate() != 1) {
                        throw new IllegalStateException("no row " + id);
                    }
                }
                System.out.println("fact edited=" + id);
            }
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a clean shutdown with an exception (08006)
            }
        }

        private static void fact(Connection c, String name, String sql) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                System.out.println("fact " + name + "=" + rs.getLong(1));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
