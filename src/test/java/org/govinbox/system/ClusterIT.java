package org.govinbox.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * #13: two instances of a cluster (Payara Micro's Hazelcast, a fixed member list) on one PostgreSQL (the build's, a
 * database of this test's own) and one SMTP server (GreenMail, which counts). Each instance is started as a deployer
 * would. Platform rules R3 (each job on one instance at a time, taken over when its holder dies) and R4 (a change on
 * one instance reaches what the others keep in memory), and sign-in, letters, search and mail across instances.
 * The last test kills one instance with {@code kill -9} under a load of submissions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String DATABASE = "govinbox_cluster";
    private static GreenMail smtp;
    private static OwnServer a;
    private static OwnServer b;
    private static String admin;
    private static String office;
    private static String dispatcher;
    private static String group;

    @BeforeAll
    static void startCluster() throws Exception {
        // the SMTP connections of the instance killed below end abruptly in GreenMail's threads: not this test's failure
        org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
        String port = System.getProperty("govinbox.it.pg-port");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement sql = c.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE + " OWNER govinbox");
        }
        int smtpPort = OwnServer.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> settings = new HashMap<>(Map.ofEntries(
                Map.entry("govinbox.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource"),
                Map.entry("govinbox.db.server", "127.0.0.1"), Map.entry("govinbox.db.port", port),
                Map.entry("govinbox.db.name", DATABASE), Map.entry("govinbox.db.user", "govinbox"),
                Map.entry("govinbox.db.password", System.getProperty("govinbox.it.pg-password")),
                Map.entry("govinbox.smtp.port", String.valueOf(smtpPort)),
                Map.entry("govinbox.mail.poll-seconds", "1"), Map.entry("govinbox.mail.first-retry-seconds", "1"),
                Map.entry("govinbox.mail.max-retry-seconds", "2"), Map.entry("govinbox.reminders.poll-seconds", "1"),
                Map.entry("govinbox.case.letter.due-soon-within", "3"),
                // a dead holder's jobs are taken over within 5 s here (60 s by default)
                Map.entry("govinbox.jobs.lease-seconds", "5"), Map.entry("govinbox.cluster.change-poll-millis", "500"),
                Map.entry("govinbox.second-factor.roles", "none"), Map.entry("govinbox.bots.proof-of-work", "false"),
                Map.entry("govinbox.letter.writes-per-minute", "100000"), Map.entry("govinbox.letter.lookups-per-minute", "10"),
                Map.entry("govinbox.trusted-proxies", "127.0.0.1"),
                Map.entry("govinbox.site.code", "6103020001")));
        int hzA = OwnServer.freePort();
        int hzB = OwnServer.freePort();
        group = "govinbox-it-" + System.nanoTime();
        a = OwnServer.fresh("cluster-a").clustered(group, hzA, List.of(hzA, hzB));
        b = OwnServer.fresh("cluster-b").clustered(group, hzB, List.of(hzA, hzB));
        // one after the other: the first migrates the empty database (Flyway takes PostgreSQL's lock either way)
        a.start(settings).awaitReady();
        b.start(settings).awaitReady();
        admin = signIn(a, "admin", OwnServer.ADMIN_PASSWORD);
        office = department(a, "OFFICE");
        dispatcher = staff(a, "cdisp", office, "DISPATCHER");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        org.awaitility.Awaitility.reset();
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void theInstancesFormOneClusterAndASignInHoldsOnBoth() throws Exception {
        await("both members in one data grid").atMost(Duration.ofMinutes(1)).until(() ->
                a.log().contains("DG Name: " + group + " DG Size: 2") && b.log().contains("DG Name: " + group + " DG Size: 2"));
        b.as(admin).get("/api/session").then().statusCode(200);
        b.as(dispatcher).get("/api/cases").then().statusCode(200);
    }

    @Test
    @Order(1)
    void aRateLimitCountsTheCallsOfBothInstances() {
        // the citizen's lookups: 10 a minute for one address, whichever instance the balancer sends them to
        String address = Letters.newClientAddress();
        Map<String, String> wrong = Map.of("queryCode", "ABCDEFGHJKLM", "querySecret", "WRONGSECRET");
        for (int i = 0; i < 10; i++) {
            (i % 2 == 0 ? a : b).api().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(wrong)
                    .post("/api/letters/lookup").then().statusCode(404);
        }
        b.api().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(wrong)
                .post("/api/letters/lookup").then().statusCode(429);
        a.api().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(wrong)
                .post("/api/letters/lookup").then().statusCode(429);
    }

    @Test
    @Order(1)
    void anAddressSprayingPasswordsAtBothInstancesIsStoppedOnBoth() {
        // 20 failed sign-ins from one address, shared out between the instances, stop that address on either
        String sprayer = Letters.newClientAddress();
        for (int i = 1; i <= 20; i++) {
            (i % 2 == 0 ? a : b).api().contentType(ContentType.JSON).header("X-Forwarded-For", sprayer)
                    .body(Map.of("username", "spray" + i, "password", "Spring-2026-" + i)).post("/api/session")
                    .then().statusCode(401);
        }
        for (OwnServer server : List.of(a, b)) {
            server.api().contentType(ContentType.JSON).header("X-Forwarded-For", sprayer)
                    .body(Map.of("username", "admin", "password", OwnServer.ADMIN_PASSWORD)).post("/api/session")
                    .then().statusCode(429);
        }
    }

    @Test
    @Order(2)
    void aLetterWrittenOnOneIsSeenAndActedOnFromTheOther() throws Exception {
        String title = "集群来信" + System.nanoTime();
        Map<String, String> receipt = write(a, title, "c1-" + System.nanoTime() + "@example.com");
        long id = await("the letter in the other instance's list").atMost(Duration.ofSeconds(10))
                .until(() -> idOf(b, title), v -> v != null);
        b.as(dispatcher).contentType(ContentType.JSON).body(Map.of()).post("/api/cases/" + id + "/accept")
                .then().statusCode(200);
        a.as(dispatcher).get("/api/cases/" + id).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("ACCEPTED"));
        lookup(a, receipt).then().statusCode(200);
        // the dashboard's figures, kept in memory by each instance, count the letter and its acceptance on both
        await("both instances' dashboards count the accepted letter").atMost(Duration.ofSeconds(10)).until(() ->
                accepted(a) >= 1 && accepted(a) == accepted(b));
    }

    @Test
    @Order(3)
    void anItemPublishedOnOneIsSearchableOnTheOther() {
        String publisherDept = department(a, "BUREAU");
        String publisher = staff(a, "cpub", publisherDept, "PUBLISHER");
        String word = "集群检索" + Long.toString(System.nanoTime() % 100_000, 36);
        Map<String, Object> item = Portal.item(word + "的通知", publisherDept);
        long id = a.as(publisher).contentType(ContentType.JSON).body(item).post("/api/disclosures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        a.as(publisher).contentType(ContentType.JSON).body(Map.of()).post("/api/disclosures/" + id + "/publish")
                .then().statusCode(200);
        await("found by the other instance's search index").atMost(Duration.ofSeconds(10)).until(() ->
                b.api().get("/api/disclosures?q=" + word).then().statusCode(200).extract().jsonPath()
                        .getList("items.id", Long.class).contains(id));
        a.as(publisher).contentType(ContentType.JSON).body(Map.of("reason", "集群测试撤回"))
                .post("/api/disclosures/" + id + "/withdraw").then().statusCode(200);
        await("gone from the other instance's search").atMost(Duration.ofSeconds(10)).until(() ->
                !b.api().get("/api/disclosures?q=" + word).then().statusCode(200).extract().jsonPath()
                        .getList("items.id", Long.class).contains(id));
    }

    @Test
    @Order(4)
    void remindersAndMailsGoOutOnce() throws Exception {
        // each letter is due soon at once (its acceptance is two working days away, "due soon" is three): one
        // reminder each, written by whichever instance holds the reminders' lease, and one receipt mail each
        String first = "提醒一" + System.nanoTime();
        write(a, first, "r1-" + System.nanoTime() + "@example.com");
        long firstId = await().atMost(Duration.ofSeconds(10)).until(() -> idOf(a, first), v -> v != null);
        await("the first letter's reminder").atMost(Duration.ofSeconds(30)).until(() -> reminders(a, firstId) == 1);
        // rounds of both instances' timers go by: a second letter written later is reminded in a later round
        String second = "提醒二" + System.nanoTime();
        write(b, second, "r2-" + System.nanoTime() + "@example.com");
        long secondId = await().atMost(Duration.ofSeconds(10)).until(() -> idOf(b, second), v -> v != null);
        await("the second letter's reminder").atMost(Duration.ofSeconds(30)).until(() -> reminders(b, secondId) == 1);
        assertEquals(1, reminders(b, firstId), "the first letter was reminded once");
        await("the outbox is empty").atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath o = a.as(admin).get("/api/outbox").then().statusCode(200).extract().jsonPath();
            return o.getLong("pending") == 0 && o.getLong("retrying") == 0;
        });
        assertNoMailTwice();
    }

    @Test
    @Order(5)
    void killingOneInstanceUnderLoadLosesNoAcknowledgedLetterAndSendsNoMailTwice() throws Exception {
        // the instance killed is the one sending mail now (it holds the outbox's lease): the survivor must take over
        String sender = await("the mail sender's lease").atMost(Duration.ofSeconds(30)).until(() -> holder("outbox"), h -> h != null);
        String aId = a.as(admin).get("/api/jobs").then().statusCode(200).extract().path("instance");
        OwnServer victim = sender.equals(aId) ? a : b;
        OwnServer survivor = victim == a ? b : a;
        // a sign-in made on the instance about to die
        String signedInOnVictim = signIn(victim, "admin", OwnServer.ADMIN_PASSWORD);
        List<Map<String, String>> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger onVictim = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            int client = t;
            clients.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    OwnServer to = client % 2 == 0 && !dead.get() ? victim : survivor;
                    String email = "load-" + client + "-" + n++ + "-" + System.nanoTime() + "@example.com";
                    try {
                        var r = to.api().contentType(ContentType.JSON).body(letter("负载来信" + client + "-" + n, email))
                                .post("/api/letters");
                        if (r.statusCode() == 201) {
                            Map<String, String> receipt = new HashMap<>(r.jsonPath().getMap("", String.class, String.class));
                            receipt.put("email", email);
                            acknowledged.add(receipt);
                            if (to == victim) {
                                onVictim.incrementAndGet();
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        // a request to the killed instance: not acknowledged, so nothing was promised
                    }
                }
                return null;
            });
        }
        await("letters acknowledged by the instance to be killed").atMost(Duration.ofMinutes(2)).until(() -> onVictim.get() >= 300);
        victim.kill();
        dead.set(true);
        int atKill = acknowledged.size();
        await("more letters on the survivor").atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= atKill + 300);
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));

        List<Map<String, String>> all = new ArrayList<>(acknowledged);
        assertThat(all.size(), greaterThan(600));
        for (Map<String, String> receipt : all) {
            lookup(survivor, receipt).then().statusCode(200);
        }
        // the survivor took the mail sender over (once the dead holder's lease ran out) and sent what was left
        Set<String> wanted = new HashSet<>();
        all.forEach(r -> wanted.add(r.get("email")));
        await("a receipt for every acknowledged letter").atMost(Duration.ofMinutes(2)).until(() -> {
            Set<String> to = new HashSet<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                to.add(m.getAllRecipients()[0].toString());
            }
            return to.containsAll(wanted);
        });
        survivor.as(signedInOnVictim).get("/api/session").then().statusCode(200);
        String survivorId = survivor.as(admin).get("/api/jobs").then().statusCode(200).extract().path("instance");
        assertEquals(survivorId, survivor.as(admin).get("/api/jobs").then().extract().jsonPath()
                .getString("leases.find { it.job == 'outbox' }.holder"), "the survivor holds the mail sender's lease");
        assertNoMailTwice();
    }

    private static String holder(String job) {
        JsonPath jobs = a.as(admin).get("/api/jobs").then().statusCode(200).extract().jsonPath();
        return jobs.getString("leases.find { it.job == '" + job + "' && it.running }.holder");
    }

    private static void assertNoMailTwice() throws Exception {
        Map<String, Integer> byId = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            byId.merge(m.getMessageID(), 1, Integer::sum);
        }
        List<String> twice = byId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(twice.isEmpty(), "mails sent more than once: " + twice);
    }

    private static long accepted(OwnServer server) {
        return server.as(dispatcher).get("/api/stats/cases").then().statusCode(200).extract().jsonPath()
                .getLong("total.acceptedOnTime");
    }

    private static long reminders(OwnServer server, long id) {
        List<Map<String, Object>> history = server.as(dispatcher).get("/api/cases/" + id).then().statusCode(200)
                .extract().jsonPath().getList("history");
        return history.stream().filter(e -> String.valueOf(e.get("note")).startsWith("即将到期")).count();
    }

    private static Map<String, Object> letter(String title, String email) {
        Map<String, Object> letter = Letters.letter(title);
        letter.put("email", email);
        return letter;
    }

    private static Map<String, String> write(OwnServer server, String title, String email) {
        return server.api().contentType(ContentType.JSON).body(letter(title, email)).post("/api/letters")
                .then().statusCode(201).extract().jsonPath().getMap("", String.class, String.class);
    }

    private static io.restassured.response.Response lookup(OwnServer server, Map<String, String> receipt) {
        return server.api().contentType(ContentType.JSON).header("X-Forwarded-For", Letters.newClientAddress())
                .body(Map.of("queryCode", receipt.get("queryCode"), "querySecret", receipt.get("querySecret")))
                .post("/api/letters/lookup");
    }

    private static Long idOf(OwnServer server, String title) {
        List<Map<String, Object>> items = server.as(dispatcher).get("/api/cases?sort=received&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> title.equals(i.get("title"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElse(null);
    }

    private static String signIn(OwnServer server, String username, String password) {
        return server.api().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/session").then().statusCode(200).extract().path("token");
    }

    private static String department(OwnServer server, String kind) {
        String code = ("C" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        server.as(admin).contentType(ContentType.JSON).body(Map.of("code", code, "name", "集群部门" + code, "kind", kind))
                .post("/api/departments").then().statusCode(201);
        return code;
    }

    private static String staff(OwnServer server, String prefix, String department, String role) {
        String username = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String initial = "Initial-Pass-" + username + "1";
        server.as(admin).contentType(ContentType.JSON).body(Map.of("username", username, "displayName", "集群" + username,
                "password", initial, "department", department, "roles", List.of(role))).post("/api/users")
                .then().statusCode(201);
        String token = signIn(server, username, initial);
        server.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", initial, "newPassword", "Chosen-" + username + "-9"))
                .post("/api/session/password").then().statusCode(204);
        return token;
    }
}
