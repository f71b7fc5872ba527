package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #15 against the running server: denials are evidence, every change raises the version, one Idempotency-Key is one
 * receipt however many arrive at once, anonymous uploads have a quota and a broken upload stores nothing, common
 * passwords and one person holding both administrator and auditor are refused, and the audit chain verifies.
 */
class SecurityIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
    private static Letters.Staff staff;

    @BeforeAll
    static void setUp() {
        Server.awaitReady();
        staff = Letters.Staff.create();
    }

    private static long assigned(String lead) {
        String title = Server.unique("sec");
        Letters.written(Letters.letter(title));
        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", lead)).then().statusCode(200);
        return id;
    }

    @Test
    void anotherDepartmentsCaseIsNotFoundAndTheDenialIsAudited() {
        long id = assigned(staff.deptA());
        Server.as(staff.handlerB()).get("/api/cases/" + id).then().statusCode(404)
                .body("detail", equalTo("第 " + id + " 号事项不存在"));
        Server.as(staff.handlerB()).get("/api/cases/" + (id + 1_000_000)).then().statusCode(404);
        JsonPath trail = Server.as(Server.auditor()).get("/api/audit?size=50").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> denials = trail.getList("items.findAll { it.result == 'DENIED' }");
        assertTrue(denials.stream().anyMatch(d -> String.valueOf(d.get("detail")).contains("第 " + id + " 号事项不属于本单位")
                && String.valueOf(d.get("action")).equals("GET /cases/" + id)), trail.prettify());
        assertFalse(denials.stream().anyMatch(d -> String.valueOf(d.get("action")).contains(String.valueOf(id + 1_000_000))),
                "a case that does not exist is not a denial");
    }

    @Test
    void anUrgeRaisesTheVersionSoAReplyFromBeforeItIsRefused() {
        long id = assigned(staff.deptA());
        String before = Server.as(staff.handlerA()).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");
        Letters.act(staff.dispatcher(), id, "urge", Map.of("text", "请于本周内答复")).then().statusCode(200);
        String after = Server.as(staff.handlerA()).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");
        assertFalse(before.equals(after), "the urge changed the version: " + before);
        Server.as(staff.handlerA()).header("If-Match", before).contentType(ContentType.JSON)
                .body(Map.of("text", "已处理。")).post("/api/cases/" + id + "/reply").then().statusCode(409);
        Server.as(staff.handlerA()).header("If-Match", after).contentType(ContentType.JSON)
                .body(Map.of("text", "已处理。")).post("/api/cases/" + id + "/reply").then().statusCode(200);
    }

    @Test
    void concurrentSubmissionsWithOneIdempotencyKeyAllGetTheFirstReceipt() throws Exception {
        for (int round = 0; round < 3; round++) {
            Map<String, Object> letter = Letters.letter(Server.unique("twin"));
            String key = UUID.randomUUID().toString();
            String proof = Server.proof();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Response>> twins = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                twins.add(() -> Server.api().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .header("X-Proof-Of-Work", proof).body(letter)
                        .post("/api/letters"));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(twins)) {
                answers.add(f.get());
            }
            pool.shutdown();
            long created = answers.stream().filter(r -> r.statusCode() == 201).count();
            assertEquals(1, created, "one letter: " + answers.stream().map(Response::statusCode).toList());
            for (Response r : answers) {
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.asString());
                assertEquals(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().asString()
                        .replaceAll("\"replayed\":(true|false)", ""), r.asString().replaceAll("\"replayed\":(true|false)", ""));
            }
        }
    }

    @Test
    void unclaimedUploadsHaveAQuotaPerAddress() {
        String address = Letters.newClientAddress();
        for (int i = 0; i < 10; i++) {
            upload(address).then().statusCode(201);
        }
        upload(address).then().statusCode(429).contentType(containsString(Server.PROBLEM_JSON))
                .header("Retry-After", notNullValue()).body("detail", containsString("请先提交来信"));
        upload(Letters.newClientAddress()).then().statusCode(201);
    }

    private static Response upload(String address) {
        return Server.api().header("X-Forwarded-For", address).contentType("application/octet-stream")
                .header("X-Filename", "photo.png").body(PNG).post("/api/letters/attachments");
    }

    @Test
    void anUploadBrokenOffStoresNothingAndLogsNoStackTrace() throws Exception {
        Path log = serverLog();
        long logBefore = Files.size(log);
        String address = Letters.newClientAddress();
        for (int i = 0; i < 3; i++) {
            try (Socket socket = new Socket("localhost", java.net.URI.create(Server.BASE).getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/letters/attachments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                        + "X-Forwarded-For: " + address + "\r\nX-Filename: photo.png\r\nContent-Length: 200000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(PNG);
                out.write(new byte[4000]);
                out.flush();
            }
        }
        // nothing of the three was stored: the address still has its whole quota of ten
        Awaitility.await("the broken uploads are over").atMost(Duration.ofSeconds(20)).until(() -> upload(address).statusCode() == 201);
        for (int i = 1; i < 10; i++) {
            upload(address).then().statusCode(201);
        }
        upload(address).then().statusCode(429);
        byte[] written = Files.readAllBytes(log);
        String since = new String(written, (int) logBefore, written.length - (int) logBefore, StandardCharsets.UTF_8);
        assertFalse(since.contains("SEVERE"), "no SEVERE entry for a client that went away:\n" + since);
    }

    /** The log the build's server writes (Payara names it payara-it.log.0, … as it rotates): the newest. */
    private static Path serverLog() throws java.io.IOException {
        Path base = Path.of(System.getProperty("govinbox.it.log", "target/payara-it.log"));
        try (var files = Files.list(base.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(base.getFileName().toString()))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no server log at " + base + "*"));
        }
    }

    @Test
    void aCommonPasswordIsRefusedAndNoAccountIsBothAdministratorAndAuditor() {
        Server.as(staff.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", Server.unique("weak"), "displayName", "弱密码", "password", "Password1234",
                        "department", "", "roles", List.of("AUDITOR")))
                .post("/api/users").then().statusCode(400).body("errors.rule", hasItem("common"));
        Server.as(staff.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", Server.unique("both"), "displayName", "兼任", "password", "Both-Roles-2026x",
                        "department", "", "roles", List.of("ADMIN", "AUDITOR")))
                .post("/api/users").then().statusCode(400).body("errors.rule", hasItem("separation"));
        Server.as(staff.admin()).get("/api/audit").then().statusCode(403);
    }

    @Test
    void theAuditChainVerifiesAndSealsWhatWasJustWritten() {
        String auditor = Server.auditor();
        Server.createDepartment(staff.admin(), "TOWN");
        JsonPath verified = Awaitility.await("the new events sealed").atMost(Duration.ofSeconds(30))
                .until(() -> Server.as(auditor).get("/api/audit/verification").then().statusCode(200).extract().jsonPath(),
                        v -> v.getInt("unsealed") == 0);
        assertTrue(verified.getBoolean("intact"), verified.prettify());
        assertTrue(verified.getLong("checked") > 10, verified.prettify());
        assertEquals(verified.getLong("checked"), verified.getLong("lastSeq"));
        Server.as(staff.admin()).get("/api/audit/verification").then().statusCode(403);
    }

    @Test
    void botsAreRefusedByTheHoneypotAndTheProofOfWorkAndCounted() {
        JsonPath before = Server.as(staff.admin()).get("/api/bots").then().statusCode(200).extract().jsonPath();
        long total = Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total");
        Map<String, Object> letter = Letters.letter(Server.unique("bot"));

        Map<String, Object> filled = new java.util.HashMap<>(letter);
        filled.put("website", "http://spam.example");
        Server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", Server.proof()).body(filled).post("/api/letters")
                .then().statusCode(400).contentType(containsString(Server.PROBLEM_JSON)).body("errors.field", hasItem("proofOfWork"));
        Server.api().contentType(ContentType.JSON).body(letter).post("/api/letters")
                .then().statusCode(400).body("errors.field", hasItem("proofOfWork"));
        String proof = Server.proof();
        String forged = java.util.Base64.getEncoder().encodeToString(new String(java.util.Base64.getDecoder().decode(proof),
                StandardCharsets.UTF_8).replaceFirst("\"number\":(\\d+)", "\"number\":999999").getBytes(StandardCharsets.UTF_8));
        Server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", forged).body(letter).post("/api/letters")
                .then().statusCode(400).body("errors.field", hasItem("proofOfWork"));
        Server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", proof).body(letter).post("/api/letters")
                .then().statusCode(201);
        Server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", proof).body(Letters.letter(Server.unique("bot")))
                .post("/api/letters").then().statusCode(400).body("errors.field", hasItem("proofOfWork"));
        assertEquals(total + 1, Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total"),
                "only the letter with a fresh solution and an empty hidden field was stored");

        JsonPath after = Server.as(staff.admin()).get("/api/bots").then().statusCode(200).extract().jsonPath();
        for (String counter : List.of("honeypot", "missingProof", "invalidProof", "reusedProof", "passed")) {
            assertEquals(before.getLong(counter) + 1, after.getLong(counter), counter + ": " + after.prettify());
        }
        Server.as(staff.dispatcher()).get("/api/bots").then().statusCode(403);
    }
}
