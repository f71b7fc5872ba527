package org.govinbox.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Disclosure requests (依申请公开) over HTTP, as the contract has them: applying (the identity card's check
 * digit), a correction that restarts the clock, a consultation that pauses it, an extension, each outcome group with
 * its letter and the mail that carries it, the fee, registration of an application that came by post, remedies,
 * and the annual report's every cell on a known population (what it adds to the year's figures), including requests
 * carried over from the year before.
 */
class RequestsIT {

    private static final int PORT = Integer.getInteger("govinbox.it.smtp-port", 13025);
    private static final List<String> COLUMNS = List.of("PERSON", "COMMERCIAL", "RESEARCH", "NON_PROFIT", "LEGAL_SERVICE", "OTHER", "TOTAL");
    private static GreenMail smtp;
    private static Letters.Staff staff;

    @BeforeAll
    static void start() {
        Server.awaitReady();
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        staff = Letters.Staff.create();
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static Map<String, Object> application(String type, String description) {
        Map<String, Object> a = new HashMap<>();
        a.put("applicantType", type);
        a.put("name", type.equals("PERSON") ? "王小明" : "宝鸡某某科技有限公司");
        a.put("idNumber", type.equals("PERSON") ? "11010519491231002X" : "91610302MA6X" + Server.unique("").toUpperCase());
        if (!type.equals("PERSON")) {
            a.put("contactPerson", "李四");
        }
        a.put("phone", "13912345678");
        a.put("email", Server.unique("applicant") + "@example.com");
        a.put("address", "宝鸡市渭滨区经二路1号");
        a.put("description", description);
        a.put("purpose", "了解政策");
        a.put("delivery", "EMAIL");
        return a;
    }

    static Response apply(Map<String, Object> a) {
        return Letters.citizen(Letters.newClientAddress()).header("X-Proof-Of-Work", Server.proof()).body(a).post("/api/requests");
    }

    /** Applies and answers the receipt with the case's id. */
    static Map<String, String> applied(Map<String, Object> a) {
        Map<String, String> receipt = new HashMap<>(apply(a).then().statusCode(201).extract().jsonPath()
                .getMap("", String.class, String.class));
        receipt.put("id", String.valueOf(idOf((String) a.get("description"))));
        return receipt;
    }

    static long idOf(String description) {
        List<Map<String, Object>> items = Server.as(staff.dispatcher()).get("/api/cases?type=DISCLOSURE_REQUEST&size=100&sort=received")
                .then().statusCode(200).extract().jsonPath().getList("items");
        String title = "申请公开：" + (description.length() > 40 ? description.substring(0, 40) + "…" : description);
        return items.stream().filter(i -> title.equals(i.get("title"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no request titled " + title));
    }

    static JsonPath act(long id, String action, Map<String, ?> body, int status) {
        return Letters.act(staff.dispatcher(), id, action, body).then().statusCode(status).extract().jsonPath();
    }

    static JsonPath lookup(Map<String, String> receipt) {
        return Letters.citizen(Letters.newClientAddress()).body(Map.of("queryCode", receipt.get("queryCode"),
                "querySecret", receipt.get("querySecret"))).post("/api/requests/lookup").then().statusCode(200).extract().jsonPath();
    }

    static LocalDate due(LocalDate start, int workingDays) {
        return LocalDate.parse(Server.api().get("/api/calendar/deadline?start=" + start + "&workingDays=" + workingDays)
                .then().statusCode(200).extract().path("due"));
    }

    static Map<String, Object> decision(String outcome) {
        return Map.of("outcome", outcome, "text", "答复说明：" + outcome, "legalBasis", "《中华人民共和国政府信息公开条例》第三十六条");
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static MimeMessage awaitMail(String address, String subject) {
        return await("mail 「" + subject + "」 to " + address).atMost(Duration.ofSeconds(30))
                .until(() -> mailTo(address).stream().filter(m -> {
                    try {
                        return m.getSubject().contains(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList(), found -> !found.isEmpty()).get(0);
    }

    // ---------------------------------------------------------------- applying

    @Test
    void applyingAnswersTheCodesAndTheDueDateAndMailsThem() throws Exception {
        Map<String, Object> a = application("PERSON", Server.unique("2025年区级部门预算公开情况"));
        Map<String, String> receipt = applied(a);
        assertEquals(due(today(), 20).toString(), receipt.get("dueOn"));
        assertTrue(receipt.get("queryCode").length() >= 10);
        JsonPath status = lookup(receipt);
        assertEquals("RECEIVED", status.getString("state"));
        assertEquals(a.get("description"), status.getString("description"));
        MimeMessage mail = awaitMail((String) a.get("email"), "已收到");
        String body = mail.getContent().toString();
        assertTrue(body.contains(receipt.get("querySecret")), "the receipt carries the secret");
        assertTrue(body.contains(receipt.get("dueOn")), "and the due date");
        Server.as(staff.dispatcher()).get("/api/cases?type=DISCLOSURE_REQUEST&size=100").then().statusCode(200)
                .body("items.id", hasItem(Integer.parseInt(receipt.get("id"))));
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = Server.as(staff.dispatcher()).get("/api/cases?type=DISCLOSURE_REQUEST&size=1").then().extract().jsonPath().getLong("total");
        Map<String, Object> a = application("PERSON", Server.unique("校验位"));
        a.put("idNumber", "110105194912310021");
        apply(a).then().statusCode(400).contentType(Server.PROBLEM_JSON)
                .body("errors.field", hasItem("idNumber")).body("errors.message", hasItem(containsString("校验位")));
        Map<String, Object> org = application("COMMERCIAL", Server.unique("单位"));
        org.remove("contactPerson");
        org.put("delivery", "POST");
        org.remove("address");
        apply(org).then().statusCode(400).body("errors.field", hasItem("contactPerson")).body("errors.field", hasItem("address"))
                .body("detail", containsString("联系人"));
        Map<String, Object> bad = application("ALIEN", "x");
        apply(bad).then().statusCode(400).body("errors.field", hasItem("applicantType"));
        assertEquals(before, Server.as(staff.dispatcher()).get("/api/cases?type=DISCLOSURE_REQUEST&size=1").then().extract().jsonPath().getLong("total"));
    }

    @Test
    void staffRegisterAnApplicationByPostAndItsClockRunsFromTheDayItArrived() {
        LocalDate arrived = today().minusDays(3);
        Map<String, Object> a = application("LEGAL_SERVICE", Server.unique("信函申请"));
        a.put("via", "POST");
        a.put("receivedOn", arrived.toString());
        JsonPath r = Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(a).post("/api/requests/registrations")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(due(arrived, 20).toString(), r.getString("dueOn"));
        long id = r.getLong("id");
        JsonPath record = Server.as(staff.dispatcher()).get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("POST", record.getString("via"));
        assertEquals(arrived.toString(), record.getString("receivedOn"));
        assertEquals("LEGAL_SERVICE", record.getString("applicantType"));
        a.put("receivedOn", today().plusDays(1).toString());
        Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(a).post("/api/requests/registrations")
                .then().statusCode(400).body("errors.field", hasItem("receivedOn"));
        Server.as(staff.handlerA()).get("/api/requests/" + id).then().statusCode(403);
        Server.as(staff.handlerA()).get("/api/cases/" + id).then().statusCode(404);
    }

    // ---------------------------------------------------------------- clocks

    @Test
    void aCorrectionStopsTheClockAndTheCorrectedApplicationStartsAFreshTwenty() throws Exception {
        LocalDate arrived = today().minusDays(4);
        Map<String, Object> a = application("PERSON", Server.unique("补正"));
        a.put("via", "IN_PERSON");
        a.put("receivedOn", arrived.toString());
        JsonPath r = Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(a).post("/api/requests/registrations")
                .then().statusCode(201).extract().jsonPath();
        long id = r.getLong("id");
        Map<String, String> receipt = Map.of("queryCode", r.getString("queryCode"), "querySecret", r.getString("querySecret"));
        LocalDate first = due(arrived, 20);
        assertEquals(first.toString(), r.getString("dueOn"));
        JsonPath asked = act(id, "request-correction", Map.of("text", "请写明所需文件的名称和年份"), 200);
        assertEquals("CORRECTION", asked.getString("state"));
        assertEquals("PAUSED", asked.getString("clocks.find { it.purpose == 'REPLY' }.status"));
        JsonPath seen = lookup(receipt);
        assertEquals("请写明所需文件的名称和年份", seen.getString("correctionText"));
        assertTrue(seen.getBoolean("canCorrect"));
        // 6.1 only once the correction time is over
        act(id, "decide", decision("6.1"), 409);
        awaitMail((String) a.get("email"), "补正");
        JsonPath corrected = Letters.citizen(Letters.newClientAddress()).body(Map.of("queryCode", receipt.get("queryCode"),
                "querySecret", receipt.get("querySecret"), "text", "《渭滨区2025年财政预算执行情况报告》")).post("/api/requests/correction")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("HANDLING", corrected.getString("state"));
        LocalDate fresh = due(today(), 20);
        assertEquals(fresh.toString(), corrected.getString("dueOn"));
        assertNotEquals(first, fresh);
        JsonPath detail = Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(today().toString(), detail.getString("clocks.find { it.purpose == 'REPLY' }.startedOn"));
        assertEquals("RUNNING", detail.getString("clocks.find { it.purpose == 'REPLY' }.status"));
        String note = detail.getString("history.find { it.action == 'CORRECT' }.note");
        assertTrue(note.contains(today().toString()) && note.contains(fresh.toString()), note);
        // once only (A1), and the applicant cannot correct again
        act(id, "request-correction", Map.of("text", "再补正"), 409);
        Letters.citizen(Letters.newClientAddress()).body(Map.of("queryCode", receipt.get("queryCode"),
                "querySecret", receipt.get("querySecret"), "text", "again")).post("/api/requests/correction").then().statusCode(409);
        // 4.3 is possible now that it was corrected
        JsonPath decided = act(id, "decide", decision("4.3"), 200);
        assertEquals("DECIDED", decided.getString("state"));
        assertEquals("4.3", Server.as(staff.dispatcher()).get("/api/requests/" + id).then().extract().path("outcome"));
    }

    @Test
    void aConsultationPausesTheClockAndAnExtensionAddsTwentyBeforeTheDueDate() {
        Map<String, String> receipt = applied(application("RESEARCH", Server.unique("征求意见")));
        long id = Long.parseLong(receipt.get("id"));
        act(id, "accept", Map.of(), 200);
        JsonPath consulting = act(id, "consult", Map.of("party", "宝鸡某某公司（第三方）"), 200);
        assertEquals("CONSULTING", consulting.getString("state"));
        assertEquals("PAUSED", consulting.getString("clocks.find { it.purpose == 'REPLY' }.status"));
        assertEquals(due(today(), 15).toString(), consulting.getString("clocks.find { it.purpose == 'CONSULTATION' }.dueOn"));
        act(id, "request-extension", Map.of("days", 5, "reason", "x"), 409);
        JsonPath done = act(id, "consultation-done", Map.of("text", "第三方同意公开"), 200);
        assertEquals("HANDLING", done.getString("state"));
        LocalDate due = due(today(), 20);
        assertEquals(due.toString(), done.getString("dueOn"), "a same-day consultation leaves nothing uncounted");
        assertTrue(done.getString("history.find { it.action == 'CONSULTATION_DONE' }.note").contains("不计入答复期限"));
        act(id, "request-extension", Map.of("days", 21, "reason", "太多"), 400);
        JsonPath extended = act(id, "request-extension", Map.of("days", 20, "reason", "需检索的档案量大", "approvedBy", "王主任"), 200);
        LocalDate later = due(today(), 40);
        assertEquals(later.toString(), extended.getString("dueOn"));
        assertTrue(extended.getString("history.find { it.action == 'REQUEST_EXTENSION' }.note").contains("王主任"));
        assertTrue(extended.getString("history.find { it.action == 'REQUEST_EXTENSION' }.note").contains(due + " 延至 " + later));
        act(id, "request-extension", Map.of("days", 1, "reason", "再延"), 409);
        assertEquals(later.toString(), lookup(receipt).getString("dueOn"));
        awaitMail(lookupEmail(id), "延期");
    }

    private static String lookupEmail(long id) {
        return Server.as(staff.dispatcher()).get("/api/cases/" + id).then().extract().path("submitter.email");
    }

    @Test
    void aFeeNoticePausesTheClockAndUnpaidMeansSixTwoOnlyAfterItsTime() {
        Map<String, String> receipt = applied(application("COMMERCIAL", Server.unique("收费")));
        long id = Long.parseLong(receipt.get("id"));
        act(id, "accept", Map.of(), 200);
        act(id, "notice-fee", Map.of("feeMethod", "PAGES", "pages", 30), 409);
        act(id, "notice-fee", Map.of("feeMethod", "PAGES"), 400);
        JsonPath fee = act(id, "notice-fee", Map.of("feeMethod", "PAGES", "pages", 150), 200);
        assertEquals("FEE_PENDING", fee.getString("state"));
        assertEquals("PAUSED", fee.getString("clocks.find { it.purpose == 'REPLY' }.status"));
        JsonPath seen = lookup(receipt);
        assertEquals(1700, seen.getInt("feeAmount"));
        assertEquals(due(today(), 20).toString(), seen.getString("feeDueOn"));
        act(id, "decide", decision("6.2"), 409);
        act(id, "decide", decision("1"), 409);
        JsonPath paid = act(id, "record-payment", Map.of(), 200);
        assertEquals("HANDLING", paid.getString("state"));
        assertEquals(1700, (int) Server.as(staff.dispatcher()).get("/api/requests/" + id).then().extract().path("feeAmount"));
        act(id, "decide", decision("6.2"), 409);
        act(id, "decide", decision("2"), 200);
    }

    // ---------------------------------------------------------------- deciding

    @Test
    void eachOutcomeGroupIsDecidedWithItsLetterAndTheLetterReachesTheApplicant() throws Exception {
        for (String outcome : List.of("1", "2", "3.4", "4.1", "5.2", "6.3")) {
            Map<String, Object> a = application("PERSON", Server.unique("结果" + outcome));
            Map<String, String> receipt = applied(a);
            long id = Long.parseLong(receipt.get("id"));
            act(id, "accept", Map.of(), 200);
            if (outcome.equals("1")) {
                act(id, "decide", Map.of("outcome", "7", "text", "x", "legalBasis", "y"), 400).getList("errors.field").contains("outcome");
                Letters.act(staff.dispatcher(), id, "decide", Map.of("outcome", "1", "text", "x")).then().statusCode(400)
                        .body("errors.field", hasItem("legalBasis"));
                act(id, "decide", decision("6.1"), 409);
                act(id, "decide", decision("4.3"), 409);
            }
            JsonPath decided = act(id, "decide", decision(outcome), 200);
            assertEquals("DECIDED", decided.getString("state"));
            assertTrue(decided.getBoolean("replies[0].onTime"));
            JsonPath seen = lookup(receipt);
            assertEquals(outcome, seen.getString("outcome"));
            String letter = seen.getString("letter");
            assertTrue(letter.contains("王小明："), letter);
            assertTrue(letter.contains(today().getYear() + "年" + today().getMonthValue() + "月" + today().getDayOfMonth() + "日收到"), letter);
            assertTrue(letter.contains((String) a.get("description")), letter);
            assertTrue(letter.contains("答复说明：" + outcome), letter);
            assertTrue(letter.contains("法律依据：《中华人民共和国政府信息公开条例》第三十六条"), letter);
            assertTrue(letter.contains("60日内") && letter.contains("6个月内"), letter);
            String body = awaitMail((String) a.get("email"), "答复告知书").getContent().toString();
            assertTrue(body.contains("答复说明：" + outcome), "the letter is mailed as chosen");
            JsonPath record = Server.as(staff.dispatcher()).get("/api/requests/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("EMAIL", record.getString("deliveries[0].method"));
            act(id, "decide", decision("1"), 409);
        }
    }

    // ---------------------------------------------------------------- the annual report

    static JsonPath report(int year) {
        return Server.as(staff.dispatcher()).get("/api/annual-reports/" + year).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Long> delta(Map<String, Long> wanted) {
        Map<String, Long> row = new HashMap<>();
        COLUMNS.forEach(c -> row.put(c, 0L));
        wanted.forEach((k, v) -> {
            row.put(k, v);
            row.merge("TOTAL", v, Long::sum);
        });
        return row;
    }

    static void assertRow(JsonPath before, JsonPath after, String path, Map<String, Long> expected) {
        assertRow(before.getMap(path), after.getMap(path), path, expected);
    }

    static void assertRow(Map<?, ?> before, Map<?, ?> after, String path, Map<String, Long> expected) {
        assertEquals(COLUMNS.size(), after.size(), path + " has the applicant columns and the total");
        for (String c : COLUMNS) {
            long was = ((Number) before.get(c)).longValue();
            long is = ((Number) after.get(c)).longValue();
            assertEquals((long) expected.get(c), is - was, path + "." + c);
        }
    }

    @Test
    void theAnnualReportCountsAKnownPopulationInEveryCellIncludingLastYearsRequests() throws Exception {
        int year = today().getYear();
        JsonPath before = report(year);
        JsonPath lastBefore = report(year - 1);
        // carried over: arrived by post on the last working day of last year, decided (予以公开) this year
        Map<String, Object> old = application("COMMERCIAL", Server.unique("上年结转"));
        old.put("via", "POST");
        old.put("receivedOn", LocalDate.of(year - 1, 12, 30).toString());
        long carried = Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(old).post("/api/requests/registrations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        act(carried, "accept", Map.of(), 200);
        act(carried, "decide", decision("1"), 200);
        // new this year: a person refused (3.4) with a reconsideration and a lawsuit; a research institute still open
        long refused = Long.parseLong(applied(application("PERSON", Server.unique("本年不予公开"))).get("id"));
        act(refused, "accept", Map.of(), 200);
        act(refused, "decide", decision("3.4"), 200);
        act(refused, "record-remedy", Map.of("kind", "RECONSIDERATION", "filedOn", today().toString(), "result", "PENDING"), 200);
        act(refused, "record-remedy", Map.of("kind", "LITIGATION", "filedOn", today().toString(), "result", "MAINTAINED",
                "concludedOn", today().toString()), 200);
        act(refused, "record-remedy", Map.of("kind", "LITIGATION", "filedOn", today().plusDays(1).toString(), "result", "PENDING"), 400);
        act(refused, "record-remedy", Map.of("kind", "LITIGATION", "filedOn", today().toString(), "result", "PENDING",
                "concludedOn", today().toString()), 400);
        applied(application("RESEARCH", Server.unique("本年未办结")));
        JsonPath after = report(year);

        assertRow(before, after, "table3.newThisYear", delta(Map.of("PERSON", 1L, "RESEARCH", 1L)));
        assertRow(before, after, "table3.carriedOver", delta(Map.of("COMMERCIAL", 1L)));
        Map<String, Map<String, Object>> resultsBefore = before.getMap("table3.results");
        Map<String, Map<String, Object>> resultsAfter = after.getMap("table3.results");
        for (String code : resultsAfter.keySet()) {
            Map<String, Long> expected = switch (code) {
                case "1" -> delta(Map.of("COMMERCIAL", 1L));
                case "3.4" -> delta(Map.of("PERSON", 1L));
                case "total" -> delta(Map.of("COMMERCIAL", 1L, "PERSON", 1L));
                default -> delta(Map.of());
            };
            assertRow(resultsBefore.get(code), resultsAfter.get(code), "table3.results." + code, expected);
        }
        assertEquals(22, resultsAfter.size(), "21 outcomes and the total");
        assertRow(before, after, "table3.carriedForward", delta(Map.of("RESEARCH", 1L)));
        assertTrue(after.getBoolean("balanced"));
        for (String kind : List.of("reconsideration", "litigation", "litigationAfterReconsideration")) {
            for (String result : List.of("MAINTAINED", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                long expected = kind.equals("reconsideration") && (result.equals("PENDING") || result.equals("TOTAL")) ? 1
                        : kind.equals("litigation") && (result.equals("MAINTAINED") || result.equals("TOTAL")) ? 1 : 0;
                assertEquals(expected, after.getLong("table4." + kind + "." + result) - before.getLong("table4." + kind + "." + result),
                        "table4." + kind + "." + result);
            }
        }
        // last year: the request it received is new there and carried forward, undecided at its end
        JsonPath lastAfter = report(year - 1);
        assertRow(lastBefore, lastAfter, "table3.newThisYear", delta(Map.of("COMMERCIAL", 1L)));
        assertRow(lastBefore, lastAfter, "table3.carriedForward", delta(Map.of("COMMERCIAL", 1L)));
        assertRow(lastBefore, lastAfter, "table3.results.total", delta(Map.of()));
        assertTrue(lastAfter.getBoolean("balanced"));

        // table 二: what staff enter, refused when not a number of the right kind
        Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(Map.of("licensing", -1, "fees", "abc"))
                .put("/api/annual-reports/" + year + "/figures").then().statusCode(400)
                .body("errors.field", hasItem("licensing")).body("errors.field", hasItem("fees"));
        JsonPath entered = Server.as(staff.dispatcher()).contentType(ContentType.JSON)
                .body(Map.of("licensing", 1234, "penalty", 56, "enforcement", 7, "fees", 12.5, "rulesValid", 0))
                .put("/api/annual-reports/" + year + "/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(1234, entered.getInt("table2.licensing.decisions"));
        assertEquals(56, entered.getInt("table2.penalty.decisions"));
        assertEquals(7, entered.getInt("table2.enforcement.decisions"));
        assertEquals(12.5, entered.getDouble("table2.fees.amount"), 1e-9);
        assertTrue(entered.getInt("table2.normativeDocuments.valid") >= 0);

        // the XLSX in the template's layout
        byte[] xlsx = Server.as(staff.dispatcher()).accept("*/*")
                .get("/api/annual-reports/" + year + ".xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            Map<String, org.apache.poi.ss.usermodel.Row> byLabel = new HashMap<>();
            sheet.forEach(row -> {
                org.apache.poi.ss.usermodel.Cell first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    byLabel.putIfAbsent(first.getStringCellValue().strip(), row);
                }
            });
            for (String label : List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "四、结转下年度继续办理",
                    "4. 保护第三方合法权益", "行政规范性文件", "行政许可")) {
                assertTrue(byLabel.containsKey(label), label + " in " + byLabel.keySet());
            }
            // the columns: 自然人, the five kinds of organisation, 总计
            org.apache.poi.ss.usermodel.Row fresh = byLabel.get("一、本年新收政府信息公开申请数量");
            for (int c = 0; c < COLUMNS.size(); c++) {
                assertEquals(entered.getLong("table3.newThisYear." + COLUMNS.get(c)), (long) fresh.getCell(1 + c).getNumericCellValue(), COLUMNS.get(c));
            }
            assertEquals(1234, (long) byLabel.get("行政许可").getCell(1).getNumericCellValue());
            assertTrue(sheet.getNumMergedRegions() >= 4, "the template's merged headers");
        }

        // published once, after the year; handlers may not read it
        Server.as(staff.handlerA()).get("/api/annual-reports/" + year).then().statusCode(403);
        Server.as(staff.dispatcher()).post("/api/annual-reports/" + year + "/publish").then().statusCode(409);
        if (lastAfter.get("publishedItem") == null) {
            long item = Server.as(staff.dispatcher()).post("/api/annual-reports/" + (year - 1) + "/publish").then().statusCode(200)
                    .extract().jsonPath().getLong("publishedItem");
            Server.api().get("/api/disclosures/" + item).then().statusCode(200)
                    .body("title", containsString((year - 1) + "年政府信息公开工作年度报告"))
                    .body("body", containsString("本年新收政府信息公开申请数量"));
        }
        Server.as(staff.dispatcher()).post("/api/annual-reports/" + (year - 1) + "/publish").then().statusCode(409);
    }

}
