package org.govinbox.system;

import static org.awaitility.Awaitility.await;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mailbox over HTTP against the real server: the journey, the rules around it, and who may see what. */
class MailboxIT {

    private static Letters.Staff staff;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        staff = Letters.Staff.create();
    }

    private static long writtenAndAssigned(String title, List<String> co) {
        Map<String, Object> letter = Letters.letter(title);
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA(), "coHandlers", co)).then().statusCode(200);
        return id;
    }

    @Test
    void theWholeJourney() {
        String citizen = Letters.newClientAddress();
        String title = Server.unique("journey");
        Map<String, String> receipt = Letters.written(Letters.letter(title));
        assertTrue(receipt.get("queryCode").length() >= 10);
        assertTrue(receipt.get("querySecret").length() >= 6);
        Letters.lookup(citizen, receipt).then().statusCode(200).body("state", equalTo("RECEIVED"))
                .body("acceptBy", notNullValue()).body("dueOn", nullValue()).body("reply", nullValue())
                .body("content", equalTo(Letters.letter(title).get("content"))).body("steps.stateName", equalTo(List.of("待受理")));

        long id = Letters.idOf(staff.dispatcher(), title);
        Server.as(staff.dispatcher()).get("/api/cases?state=RECEIVED&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200).body("state", equalTo("ACCEPTED"));
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA(), "coHandlers", List.of(staff.deptB())))
                .then().statusCode(200).body("state", equalTo("ASSIGNED")).body("department", equalTo(staff.deptA()));

        Server.as(staff.handlerA()).get("/api/cases").then().statusCode(200).body("items.id", hasItem((int) id));
        Server.as(staff.handlerB()).get("/api/cases").then().statusCode(200).body("items.id", hasItem((int) id));
        Letters.act(staff.handlerB(), id, "opinion", Map.of("text", "协办单位同意主办意见")).then().statusCode(200);
        Letters.act(staff.handlerB(), id, "reply", Map.of("text", "协办不能答复")).then().statusCode(403);
        Letters.act(staff.handlerA(), id, "reply", Map.of("text", "已协调交警在上下学时段疏导。")).then().statusCode(200)
                .body("state", equalTo("REPLIED")).body("reply.onTime", equalTo(true));

        Letters.lookup(citizen, receipt).then().statusCode(200)
                .body("state", equalTo("REPLIED")).body("reply.text", equalTo("已协调交警在上下学时段疏导。"))
                .body("departmentName", containsString("测试部门")).body("canRate", equalTo(true));

        Letters.rate(citizen, receipt, "DISSATISFIED", "还是很堵").then().statusCode(200).body("state", equalTo("ASSIGNED"));
        Server.as(staff.handlerA()).get("/api/cases/" + id).then().statusCode(200)
                .body("rehandled", equalTo(1)).body("department", equalTo(staff.deptA())).body("dueOn", notNullValue());
        // while it is handled again, the writer still reads the first reply and their rating
        Letters.lookup(citizen, receipt).then().statusCode(200).body("state", equalTo("ASSIGNED"))
                .body("replies.text", equalTo(List.of("已协调交警在上下学时段疏导。"))).body("satisfaction", equalTo("DISSATISFIED"))
                .body("dueOn", notNullValue()).body("acceptBy", nullValue());
        Letters.act(staff.handlerA(), id, "reply", Map.of("text", "已增设信号灯。")).then().statusCode(200);
        Letters.lookup(citizen, receipt).then().statusCode(200)
                .body("replies.text", equalTo(List.of("已协调交警在上下学时段疏导。", "已增设信号灯。")))
                .body("replies.round", equalTo(List.of(1, 2))).body("reply.text", equalTo("已增设信号灯。"));
        Letters.rate(citizen, receipt, "SATISFIED", "谢谢").then().statusCode(200).body("state", equalTo("CLOSED"))
                .body("satisfaction", equalTo("SATISFIED"));

        Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200)
                // the reminder job (every 2 s here) may write a due-soon reminder at any point while the letter is open
                .body("history.findAll { it.action != 'REMIND' }.action",
                        equalTo(List.of("RECEIVE", "ACCEPT", "ASSIGN", "OPINION", "REPLY", "RATE", "REPLY", "RATE")))
                .body("history.actor", hasItem("群众"));
        Server.as(Server.auditor()).get("/api/audit?size=50").then()
                .body("items.findAll { it.objectId == '" + id + "' }.action", hasItems("case.accept", "case.assign", "case.reply"));
    }

    @Test
    void theSameIdempotencyKeyMakesOneLetter() {
        Map<String, Object> letter = Letters.letter(Server.unique("idem"));
        String key = java.util.UUID.randomUUID().toString();
        String proof = Server.proof();
        Response first = Server.api().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .header("X-Proof-Of-Work", proof).body(letter).post("/api/letters");
        first.then().statusCode(201);
        long total = Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total");
        Response again = Server.api().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .header("X-Proof-Of-Work", proof).body(letter).post("/api/letters");
        again.then().statusCode(200).body("queryCode", equalTo(first.jsonPath().getString("queryCode")))
                .body("querySecret", equalTo(first.jsonPath().getString("querySecret")));
        assertEquals(total, Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total"));
        letter.put("content", "另一封信");
        Server.api().contentType(ContentType.JSON).header("Idempotency-Key", key).header("X-Proof-Of-Work", proof)
                .body(letter).post("/api/letters")
                .then().statusCode(409).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void badLettersNameEveryFieldAndStoreNothing() {
        long total = Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total");
        Map<String, Object> bad = Letters.letter("   ");
        bad.put("mailbox", "GOVERNOR");
        bad.put("category", "GOSSIP");
        bad.put("phone", "12345");
        bad.put("email", "not-an-address");
        bad.put("name", "张\u0007三");
        bad.put("content", "x".repeat(5001));
        Letters.write(bad).then().statusCode(400).contentType(containsString(Server.PROBLEM_JSON))
                .body("errors.field", hasItems("mailbox", "category", "title", "content", "name", "phone", "email"))
                .body("errors.find { it.field == 'phone' }.message", containsString("手机"));
        Server.api().contentType(ContentType.JSON).body("{\"title\": ").post("/api/letters").then().statusCode(400);
        Server.api().contentType(ContentType.JSON).body("{\"content\":\"" + "长".repeat(600_000) + "\"}")
                .post("/api/letters").then().statusCode(413);
        assertEquals(total, Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total"));
    }

    @Test
    void htmlInALetterIsKeptAsText() {
        String title = "<script>alert('x')</script>" + Server.unique("h");
        Map<String, String> receipt = Letters.written(Letters.letter(title));
        Letters.lookup(Letters.newClientAddress(), receipt).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void aWrongPairIsTheSame404WhetherTheCodeExistsOrNot() {
        String address = Letters.newClientAddress();
        Map<String, String> receipt = Letters.written(Letters.letter(Server.unique("pair")));
        Response wrongSecret = Letters.lookup(address, Map.of("queryCode", receipt.get("queryCode"), "querySecret", "AAAAAAAA"));
        Response noSuchCode = Letters.lookup(address, Map.of("queryCode", "ZZZZZZZZZZZZ", "querySecret", "AAAAAAAA"));
        wrongSecret.then().statusCode(404);
        noSuchCode.then().statusCode(404);
        assertEquals(wrongSecret.asString(), noSuchCode.asString());
    }

    @Test
    void lookupsAreRateLimitedPerClientAddress() {
        String address = Letters.newClientAddress();
        Map<String, String> nothing = Map.of("queryCode", "ZZZZZZZZZZZZ", "querySecret", "AAAAAAAA");
        int firstRefused = -1;
        for (int i = 0; i < 30 && firstRefused < 0; i++) {
            Response response = Letters.lookup(address, nothing);
            if (response.statusCode() == 429) {
                firstRefused = i;
                response.then().header("Retry-After", notNullValue()).contentType(containsString(Server.PROBLEM_JSON));
            } else {
                response.then().statusCode(404);
            }
        }
        assertTrue(firstRefused >= 10, "ten lookups a minute are allowed, then 429: first refused at " + firstRefused);
        Letters.lookup(Letters.newClientAddress(), nothing).then().statusCode(404);
    }

    @Test
    void anActionTheStateDoesNotAllowIs409NamingTheState() {
        String title = Server.unique("twice");
        Letters.written(Letters.letter(title));
        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(409)
                .contentType(containsString(Server.PROBLEM_JSON)).body("detail", containsString("ACCEPTED"));
        Letters.act(staff.dispatcher(), id, "reply", Map.of("text", "x")).then().statusCode(403);
        Letters.act(staff.dispatcher(), id, "no-such-action", null).then().statusCode(404);
    }

    @Test
    void twoStaffAtOnceOneWinsTheOtherGets409() throws Exception {
        String title = Server.unique("race");
        Letters.written(Letters.letter(title));
        long id = Letters.idOf(staff.dispatcher(), title);
        String version = Server.as(staff.dispatcher()).get("/api/cases/" + id).then().extract().header("ETag");
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Server.as(staff.dispatcher()).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("lead", staff.deptA())).post("/api/cases/" + id + "/assign").then().statusCode(409);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> both = List.of(
                () -> Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA())).statusCode(),
                () -> Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptB())).statusCode());
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(both)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(1, codes.stream().filter(c -> c == 409).count(), codes.toString());
        Server.as(staff.dispatcher()).get("/api/cases/" + id).then()
                .body("history.findAll { it.action == 'ASSIGN' }.size()", equalTo(1));
    }

    @Test
    void aHandlerOfAnotherDepartmentFindsNothingAnywhere() {
        long id = writtenAndAssigned(Server.unique("iso"), List.of(staff.deptB()));
        String before = Server.as(staff.dispatcher()).get("/api/cases/" + id).then().extract().header("ETag");
        Server.as(staff.handlerC()).get("/api/cases/" + id).then().statusCode(404).contentType(containsString(Server.PROBLEM_JSON));
        Server.as(staff.handlerC()).get("/api/cases/" + id + "/attachments/1").then().statusCode(404);
        Server.as(staff.handlerC()).get("/api/cases?size=100").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        for (String action : List.of("accept", "reject", "mark-duplicate", "assign", "return", "opinion", "request-extension",
                "approve-extension", "refuse-extension", "urge", "reply", "approve-reply", "send-back-reply", "publish")) {
            Letters.act(staff.handlerC(), id, action, Map.of("text", "x", "reason", "x", "days", 1, "lead", staff.deptC()))
                    .then().statusCode(404);
        }
        assertEquals(before, Server.as(staff.dispatcher()).get("/api/cases/" + id).then().extract().header("ETag"),
                "nothing changed");
        Server.as(staff.admin()).get("/api/cases").then().statusCode(403);
        Server.api().get("/api/cases").then().statusCode(401);
    }

    @Test
    void extensionsAreRequestedApprovedAndBounded() {
        long id = writtenAndAssigned(Server.unique("ext"), List.of());
        String due = Server.as(staff.handlerA()).get("/api/cases/" + id).then().extract().path("dueOn");
        Letters.act(staff.handlerA(), id, "request-extension", Map.of("days", 11, "reason", "太长")).then().statusCode(400)
                .body("errors.field", hasItem("days"));
        Letters.act(staff.handlerA(), id, "request-extension", Map.of("days", 5, "reason", "需要现场调查")).then().statusCode(200)
                .body("extensionRequested", equalTo(5));
        Letters.act(staff.dispatcher(), id, "approve-extension", null).then().statusCode(200)
                .body("extensionRequested", nullValue());
        String extended = Server.as(staff.handlerA()).get("/api/cases/" + id).then().extract().path("dueOn");
        String expected = Server.api().get("/api/calendar/deadline?start=" + due + "&workingDays=5").then().extract().path("due");
        assertEquals(expected, extended);
        Letters.act(staff.dispatcher(), id, "approve-extension", null).then().statusCode(409);
        Letters.act(staff.dispatcher(), id, "urge", Map.of("text", "请本周内答复")).then().statusCode(200);
    }

    @Test
    void aWronglyAssignedLetterIsReturnedWithinTheWindow() {
        long id = writtenAndAssigned(Server.unique("ret"), List.of());
        Letters.act(staff.handlerA(), id, "return", Map.of("reason", "不属于本单位职责")).then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("department", nullValue());
        Server.as(staff.handlerA()).get("/api/cases/" + id).then().statusCode(404);
    }

    @Test
    void rejectingNeedsAConfiguredReasonAndDuplicatesPointToTheOriginal() {
        String title = Server.unique("rej");
        Map<String, String> receipt = Letters.written(Letters.letter(title));
        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "reject", Map.of("reason", "我们不想办")).then().statusCode(400);
        List<String> reasons = Server.as(staff.dispatcher()).get("/api/cases/types/LETTER").then().extract().path("rejectReasons");
        Letters.act(staff.dispatcher(), id, "reject", Map.of("reason", reasons.get(0))).then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("rejectReason", equalTo(reasons.get(0)));
        Letters.lookup(Letters.newClientAddress(), receipt).then().statusCode(200)
                .body("stateName", equalTo("不予受理")).body("rejectReason", equalTo(reasons.get(0)));

        String dup = Server.unique("dup");
        Letters.written(Letters.letter(dup));
        long dupId = Letters.idOf(staff.dispatcher(), dup);
        Letters.act(staff.dispatcher(), dupId, "mark-duplicate", Map.of("duplicateOf", id)).then().statusCode(200)
                .body("state", equalTo("DUPLICATE")).body("duplicateOf", equalTo((int) id));
    }

    @Test
    void aConsentedReplyIsPublishedMaskedAndOthersAreNot() {
        String title = Server.unique("pub");
        Map<String, Object> letter = Letters.letter(title);
        letter.put("content", "我的电话13812348000，身份证610302199001011234。");
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA())).then().statusCode(200);
        Letters.act(staff.handlerA(), id, "reply", Map.of("text", "已办理。")).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "publish", null).then().statusCode(200).body("published", equalTo(true));
        String published = Server.api().get("/api/letters/published?size=100").then().statusCode(200).extract().asString();
        assertTrue(published.contains(title));
        assertTrue(published.contains("张**"));
        assertTrue(published.contains("138****8000"));
        assertTrue(!published.contains("13812348000") && !published.contains("610302199001011234"), published);
        // found by words of its title, on a page of its own; filters are checked
        Server.api().get("/api/letters/published?q=" + title + "&mailbox=MAYOR&category=CONSULTATION").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        Server.api().get("/api/letters/published?q=" + title + "&mailbox=DISTRICT_HEAD").then().statusCode(200).body("total", equalTo(0));
        Server.api().get("/api/letters/published?mailbox=NOPE").then().statusCode(400).body("errors.field", hasItem("mailbox"));
        Server.api().get("/api/letters/published/" + id).then().statusCode(200).body("title", equalTo(title))
                .body("writer", equalTo("张**")).body("content", not(containsString("13812348000")));

        String secret = Server.unique("priv");
        Map<String, Object> privateLetter = Letters.letter(secret);
        privateLetter.put("publicConsent", false);
        Letters.written(privateLetter);
        long privateId = Letters.idOf(staff.dispatcher(), secret);
        Letters.act(staff.dispatcher(), privateId, "accept", null);
        Letters.act(staff.dispatcher(), privateId, "assign", Map.of("lead", staff.deptA()));
        Letters.act(staff.handlerA(), privateId, "reply", Map.of("text", "已办理。")).then().statusCode(200);
        Letters.act(staff.dispatcher(), privateId, "publish", null).then().statusCode(409).body("detail", containsString("同意"));
        Server.api().get("/api/letters/published/" + privateId).then().statusCode(404);
    }

    @Test
    void attachmentsAreCheckedByContentAndOnlyStaffWhoSeeTheLetterReadThem() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
        String token = Server.api().contentType("application/octet-stream").header("X-Filename", "photo%E7%85%A7%E7%89%87.png")
                .body(png).post("/api/letters/attachments").then().statusCode(201)
                .body("mediaType", equalTo("image/png")).body("filename", equalTo("photo照片.png")).extract().path("token");
        Server.api().contentType("image/png").body("<html>not an image</html>".getBytes())
                .post("/api/letters/attachments").then().statusCode(415).body("errors.field", hasItem("file"));
        Server.api().contentType("application/octet-stream").body(new byte[6 * 1024 * 1024])
                .post("/api/letters/attachments").then().statusCode(413);

        String title = Server.unique("att");
        Map<String, Object> letter = Letters.letter(title);
        letter.put("attachments", List.of(token));
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), title);
        int attachment = Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200)
                .body("attachments.filename", hasItem("photo照片.png")).extract().path("attachments[0].id");
        byte[] read = Server.as(staff.dispatcher()).get("/api/cases/" + id + "/attachments/" + attachment)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(png, read);
        Server.as(staff.handlerC()).get("/api/cases/" + id + "/attachments/" + attachment).then().statusCode(404);
        Map<String, Object> reuse = Letters.letter(Server.unique("reuse"));
        reuse.put("attachments", List.of(token));
        Letters.write(reuse).then().statusCode(400).body("errors.field", hasItem("attachments"));
    }

    @Test
    void listsSortByDueDateAndSayWhatIsDueSoonOnce() throws Exception {
        String title = Server.unique("soon");
        Letters.written(Letters.letter(title));
        long id = Letters.idOf(staff.dispatcher(), title);
        Server.as(staff.dispatcher()).get("/api/cases/" + id).then().body("dueSoon", equalTo(true)).body("overdue", equalTo(false));
        List<String> dues = Server.as(staff.dispatcher()).get("/api/cases?size=100").then().extract().jsonPath().getList("items.dueOn");
        List<String> present = dues.stream().filter(java.util.Objects::nonNull).toList();
        for (int i = 1; i < present.size(); i++) {
            assertTrue(present.get(i - 1).compareTo(present.get(i)) <= 0, "sorted by due date: " + dues);
        }
        await("the reminder job wrote the due-soon reminder").atMost(Duration.ofSeconds(20))
                .until(() -> reminders(id), n -> n > 0);
        // a letter written after that reminder is reminded too: the job has run again since, and wrote nothing twice
        String later = Server.unique("soon-later");
        Letters.written(Letters.letter(later));
        long laterId = Letters.idOf(staff.dispatcher(), later);
        await("the reminder job ran again").atMost(Duration.ofSeconds(20)).until(() -> reminders(laterId), n -> n > 0);
        Server.as(staff.dispatcher()).get("/api/cases/" + id).then()
                .body("history.findAll { it.action == 'REMIND' }.size()", equalTo(1))
                .body("history.find { it.action == 'REMIND' }.note", containsString("即将到期"));
        Server.as(staff.dispatcher()).get("/api/cases?overdue=true&size=100").then().statusCode(200)
                .body("items.findAll { !it.overdue }.size()", equalTo(0));
        Server.as(staff.dispatcher()).get("/api/cases?overdue=maybe").then().statusCode(400).body("errors.field", hasItem("overdue"));
    }

    private static int reminders(long id) {
        return Server.as(staff.dispatcher()).get("/api/cases/" + id).then().extract()
                .jsonPath().getList("history.findAll { it.action == 'REMIND' }").size();
    }
}
