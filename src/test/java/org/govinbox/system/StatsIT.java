package org.govinbox.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on a known population (dashboard R1–R8, casework C8/C9): history from an earlier system
 * imported for two departments over three months, with hand-counted on-time, late and pending letters, a due date
 * moved by an approved extension, a re-handled letter and a rejected one (not counted); then the live letters of
 * this month beside them. Every figure of each department is checked, by department, month and mailbox, in JSON and
 * in the exports; the handler's scope, the work queue, the public statistics and the year's figures.
 */
class StatsIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String HEADER = "事项类型,渠道,类别,标题,收件日期,受理日期,办理期限,答复日期,承办单位,答复内容,评价,重办次数\n";
    private static Letters.Staff staff;
    private static String nameA;
    private static String nameB;
    private static String tag;
    private static long pendingId;
    private static long rehandledId;
    private static LocalDate extendedDue;
    private static LocalDate originalDue;

    @BeforeAll
    static void population() {
        Server.awaitReady();
        staff = Letters.Staff.create();
        nameA = "测试部门" + staff.deptA();
        nameB = "测试部门" + staff.deptB();
        tag = Server.unique("统计");
        // hand-counted history (accept limit: 2 working days; on time = replied on or before the due date)
        String csv = HEADER
                // A: on time, accepted in time, 满意
                + row("MAYOR", "CONSULTATION", "A1", "2026-09-03", "2026-09-04", "2026-09-10", "2026-09-09", nameA, "满意", "0")
                // A: due date moved by an approved extension (recorded as it finally stood), replied on it: on time;
                // accepted late (2 working days after 2026-09-15 is 09-17); rated 不满意 and re-handled once
                + row("市长信箱", "投诉", "A2", "2026-09-15", "2026-09-21", "2026-10-09", "2026-10-09", staff.deptA(), "不满意", "1")
                // A: late by a day, 基本满意
                + row("区长信箱", "建议", "A3", "2026-10-08", "2026-10-09", "2026-10-22", "2026-10-23", nameA, "基本满意", "")
                // B: late, accepted the same day, not rated
                + row("MAYOR", "HELP", "B1", "2026-10-12", "2026-10-12", "2026-10-26", "2026-10-27", nameB, "", "")
                // B: on time, no acceptance date recorded, 满意
                + row("DISTRICT_HEAD", "CONSULTATION", "B2", "2026-11-02", "", "2026-11-09", "2026-11-06", nameB, "满意", "")
                // B: on time; accepted on the second working day (Fri 11-20 → Mon 11-23, limit Tue 11-24)
                + row("MAYOR", "REPORT", "B3", "2026-11-20", "2026-11-23", "2026-12-14", "2026-11-30", staff.deptB(), "", "");
        JsonPath job = imported(csv, "LETTER");
        assertEquals("DONE", job.getString("state"), job.prettify());
        assertEquals(6, job.getInt("imported"));

        // live, this month: A's letter is assigned and not yet due (pending)
        String pendingTitle = tag + "A4";
        Letters.written(Letters.letter(pendingTitle));
        pendingId = Letters.idOf(staff.dispatcher(), pendingTitle);
        Letters.act(staff.dispatcher(), pendingId, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), pendingId, "assign", Map.of("lead", staff.deptA())).then().statusCode(200);

        // B's letter: extension approved, replied, rated 不满意, re-handled and replied again, then 满意
        String rehandledTitle = tag + "B4";
        Map<String, String> receipt = Letters.written(Letters.letter(rehandledTitle));
        rehandledId = Letters.idOf(staff.dispatcher(), rehandledTitle);
        Letters.act(staff.dispatcher(), rehandledId, "accept", null).then().statusCode(200);
        originalDue = LocalDate.parse(Letters.act(staff.dispatcher(), rehandledId, "assign", Map.of("lead", staff.deptB()))
                .then().statusCode(200).extract().path("dueOn"));
        Letters.act(staff.handlerB(), rehandledId, "request-extension", Map.of("days", 5, "reason", "需要现场核实"))
                .then().statusCode(200);
        extendedDue = LocalDate.parse(Letters.act(staff.dispatcher(), rehandledId, "approve-extension", null)
                .then().statusCode(200).extract().path("dueOn"));
        Letters.act(staff.handlerB(), rehandledId, "reply", Map.of("text", "已协调交警在上下学时段疏导。")).then().statusCode(200);
        String address = Letters.newClientAddress();
        Letters.rate(address, receipt, "DISSATISFIED", "仍然拥堵").then().statusCode(200);
        Letters.act(staff.handlerB(), rehandledId, "reply", Map.of("text", "已增设临时停车区。")).then().statusCode(200);
        Letters.rate(address, receipt, "SATISFIED", "").then().statusCode(200);

        // B's rejected letter is not counted
        String rejectedTitle = tag + "B5";
        Letters.written(Letters.letter(rejectedTitle));
        long rejected = Letters.idOf(staff.dispatcher(), rejectedTitle);
        Letters.act(staff.dispatcher(), rejected, "reject", Map.of("reason", "内容不属于本级政府职责范围")).then().statusCode(200);
    }

    private static String row(String channel, String category, String title, String received, String accepted, String due,
                              String replied, String department, String rating, String rehandled) {
        return String.join(",", "信箱来信", channel, category, tag + title, received, accepted, due, replied, department,
                "已答复：" + title, rating, rehandled) + "\n";
    }

    static JsonPath imported(String csv, String type) {
        var request = Server.as(staff.dispatcher()).contentType("text/csv").header("X-Filename", "history.csv");
        if (type != null) {
            request = request.queryParam("type", type);
        }
        long id = request.body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/cases/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        return await("import " + id).atMost(Duration.ofSeconds(60)).until(
                () -> Server.as(staff.dispatcher()).get("/api/cases/imports/" + id).then().statusCode(200).extract().jsonPath(),
                j -> !List.of("CHECKING", "IMPORTING").contains(j.getString("state")));
    }

    private static JsonPath stats(String token, String query) {
        return Server.as(token).get("/api/stats/cases?type=LETTER&from=2026-09-01&to=" + LocalDate.now(CHINA) + "&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> rowOf(JsonPath table, String key) {
        return table.getList("rows", Map.class).stream().filter(r -> key.equals(r.get("key"))).findFirst()
                .map(r -> (Map<String, Object>) r).orElseThrow(() -> new AssertionError("no row " + key + " in " + table.prettify()));
    }

    private static void figures(Map<String, Object> row, int received, int replied, int onTime, int late, int pending,
                                String onTimeRate) {
        assertEquals(received, ((Number) row.get("received")).intValue(), "received " + row);
        assertEquals(replied, ((Number) row.get("replied")).intValue(), "replied " + row);
        assertEquals(onTime, ((Number) row.get("onTime")).intValue(), "onTime " + row);
        assertEquals(late, ((Number) row.get("late")).intValue(), "late " + row);
        assertEquals(pending, ((Number) row.get("pending")).intValue(), "pending " + row);
        if (onTimeRate == null) {
            assertNull(row.get("onTimeRate"), "onTimeRate " + row);
        } else {
            assertEquals(Double.parseDouble(onTimeRate), ((Number) row.get("onTimeRate")).doubleValue(), 1e-6, "onTimeRate " + row);
        }
    }

    private static int n(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).intValue();
    }

    @Test
    void r1ToR4EveryFigureOfEachDepartment() {
        JsonPath byDepartment = stats(staff.dispatcher(), "groupBy=department");
        Map<String, Object> a = rowOf(byDepartment, staff.deptA());
        assertEquals(nameA, a.get("name"));
        figures(a, 4, 3, 2, 1, 1, "0.6667");
        assertEquals(3, n(a, "acceptedOnTime"));
        assertEquals(1, n(a, "acceptedLate"));
        assertEquals(1, n(a, "rehandled"));
        assertEquals(3, n(a, "rated"));
        assertEquals(1, n(a, "satisfied"));
        assertEquals(1, n(a, "basicallySatisfied"));
        assertEquals(1, n(a, "dissatisfied"));
        assertEquals(0.6667, ((Number) a.get("satisfactionRate")).doubleValue(), 1e-6);
        assertEquals(0, n(a, "overdue"));
        assertEquals(1, n(a, "open"));

        Map<String, Object> b = rowOf(byDepartment, staff.deptB());
        figures(b, 4, 4, 3, 1, 0, "0.75");
        assertEquals(3, n(b, "acceptedOnTime"));
        assertEquals(0, n(b, "acceptedLate"));
        assertEquals(1.0, ((Number) b.get("acceptRate")).doubleValue(), 1e-6);
        assertEquals(1, n(b, "rehandled"));
        assertEquals(2, n(b, "rated"));
        assertEquals(2, n(b, "satisfied"));
        assertEquals(0, n(b, "open"));
        assertFalse(byDepartment.getMap("definitions").isEmpty(), "the definitions travel with the figures");
    }

    @Test
    void r2TheReHandledLetterCountsItsFirstReplyAgainstTheExtendedDueDate() {
        assertTrue(extendedDue.isAfter(originalDue), "the approved extension moved the due date");
        JsonPath c = Server.as(staff.dispatcher()).get("/api/cases/" + rehandledId).then().statusCode(200).extract().jsonPath();
        assertEquals(2, c.getList("replies").size());
        assertEquals(extendedDue.toString(), c.getString("replies[0].dueOn"), "the first reply answered the extended date");
        assertTrue(c.getBoolean("replies[0].onTime"));
        assertEquals("CLOSED", c.getString("state"));
    }

    @Test
    void byMonthAndByMailbox() {
        String month = YearMonth.now(CHINA).toString().replace("-", "");
        JsonPath byMonth = stats(staff.dispatcher(), "groupBy=month&department=" + staff.deptA());
        figures(rowOf(byMonth, "202609"), 2, 2, 2, 0, 0, "1");
        figures(rowOf(byMonth, "202610"), 1, 1, 0, 1, 0, "0");
        figures(rowOf(byMonth, "202611"), 0, 0, 0, 0, 0, null);
        figures(rowOf(byMonth, month), 1, 0, 0, 0, 1, null);
        assertEquals("2026年9月", rowOf(byMonth, "202609").get("name"));
        figures((Map<String, Object>) (Map) byMonth.getMap("total"), 4, 3, 2, 1, 1, "0.6667");

        JsonPath byMailbox = stats(staff.dispatcher(), "groupBy=channel&department=" + staff.deptB());
        figures(rowOf(byMailbox, "MAYOR"), 3, 3, 2, 1, 0, "0.6667");
        figures(rowOf(byMailbox, "DISTRICT_HEAD"), 1, 1, 1, 0, 0, "1");
        assertEquals("市长信箱", rowOf(byMailbox, "MAYOR").get("name"));

        JsonPath twoKeys = stats(staff.dispatcher(), "groupBy=month,channel&department=" + staff.deptB());
        figures(rowOf(twoKeys, "202610|MAYOR"), 1, 1, 0, 1, 0, "0");
        figures(rowOf(twoKeys, "202611|DISTRICT_HEAD"), 1, 1, 1, 0, 0, "1");
    }

    @Test
    void r8AHandlerSeesTheirDepartmentsFiguresOnly() {
        JsonPath own = stats(staff.handlerA(), "groupBy=department&department=" + staff.deptB());
        assertEquals(List.of(staff.deptA()), own.getList("rows.key"), "whatever a handler asks, their own department");
        figures((Map<String, Object>) (Map) own.getMap("total"), 4, 3, 2, 1, 1, "0.6667");
        Server.as(staff.handlerA()).get("/api/stats/year/2026").then().statusCode(403);
        Server.as(staff.handlerA()).contentType("text/csv").body(HEADER.getBytes(StandardCharsets.UTF_8))
                .post("/api/cases/imports").then().statusCode(403);
        Server.api().get("/api/stats/cases").then().statusCode(401);
    }

    @Test
    void badQuestionsAreRefusedNamingTheParameter() {
        Server.as(staff.dispatcher()).get("/api/stats/cases?groupBy=weekday").then().statusCode(400)
                .contentType(Server.PROBLEM_JSON).body("errors.field", hasItem("groupBy"));
        Server.as(staff.dispatcher()).get("/api/stats/cases?type=NOPE").then().statusCode(400)
                .contentType(Server.PROBLEM_JSON).body("errors.field", hasItem("type"));
        Server.as(staff.dispatcher()).get("/api/stats/cases?from=2026-12-01&to=2026-01-01").then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void r5TheWorkQueueCountsWhatWaitsOnTheCaller() {
        JsonPath queue = Server.as(staff.handlerA()).get("/api/stats/queue").then().statusCode(200).extract().jsonPath();
        Map<String, Object> assigned = queue.getList("entries", Map.class).stream()
                .filter(e -> "LETTER|ASSIGNED".equals(e.get("key"))).findFirst().map(e -> (Map<String, Object>) e).orElseThrow();
        assertEquals(1, n(assigned, "count"), "A has one letter in hand: " + queue.prettify());
        assertEquals("type=LETTER&state=ASSIGNED", assigned.get("filter"));
        JsonPath list = Server.as(staff.handlerA()).get("/api/cases?" + assigned.get("filter")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, list.getInt("total"), "the list behind the count has as many");
        Server.as(staff.dispatcher()).get("/api/stats/queue").then().statusCode(200).body("entries.key", hasItem("LETTER|ASSIGNED"));
    }

    @Test
    void theListsBehindTheNumbers() {
        List<String> dissatisfied = Server.as(staff.dispatcher())
                .get("/api/cases?satisfaction=DISSATISFIED&department=" + staff.deptA() + "&from=2026-09-01&to=2026-12-31&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
        assertEquals(List.of(tag + "A2"), dissatisfied);
        List<String> september = Server.as(staff.dispatcher())
                .get("/api/cases?department=" + staff.deptA() + "&from=2026-09-01&to=2026-09-30&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
        assertEquals(2, september.size(), september.toString());
        List<String> redLine = Server.as(staff.dispatcher()).get("/api/cases?due=RED_LINE&department=" + staff.deptA())
                .then().statusCode(200).extract().jsonPath().getList("items.title");
        assertTrue(redLine.isEmpty(), "every letter of A older than three months was answered: " + redLine);
        Server.as(staff.dispatcher()).get("/api/cases?due=LATER").then().statusCode(400).body("errors.field", hasItem("due"));
    }

    @Test
    void exportsCarryTheFiguresAndNeverAFormula() throws Exception {
        String csv = Server.as(staff.dispatcher()).accept("text/csv")
                .get("/api/stats/cases/export?type=LETTER&from=2026-09-01&to=" + LocalDate.now(CHINA)
                        + "&groupBy=department&department=" + staff.deptA() + "&format=csv")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFF承办单位,收件,已答复,按期,逾期"), lines.get(0));
        assertTrue(lines.contains(nameA + ",4,3,2,1,1,66.7%,0,1,3,1,75%,1,3,1,1,1,66.7%"), csv);

        byte[] xlsx = Server.as(staff.dispatcher()).accept("*/*")
                .get("/api/stats/cases/export?type=LETTER&from=2026-09-01&to=" + LocalDate.now(CHINA)
                        + "&groupBy=department&department=" + staff.deptB() + "&format=xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals(nameB, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(4, (int) sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("75%", sheet.getRow(1).getCell(6).getStringCellValue());
        }

        // a title a spreadsheet would run is written as text
        String formula = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
        JsonPath job = imported(HEADER + String.join(",", "信箱来信", "MAYOR", "CONSULTATION", "\"" + formula.replace("\"", "\"\"") + "\"",
                "2026-08-03", "2026-08-04", "2026-08-10", "2026-08-07", staff.deptC(), "已答复", "", "") + "\n", null);
        assertEquals("DONE", job.getString("state"), job.prettify());
        String cases = Server.as(staff.dispatcher()).accept("text/csv")
                .get("/api/cases/export?department=" + staff.deptC() + "&format=csv").then().statusCode(200).extract().asString();
        assertTrue(cases.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\","), cases);
        assertFalse(cases.contains("13812348000"), "no personal data in the export");
        byte[] casesXlsx = Server.as(staff.dispatcher()).accept("*/*")
                .get("/api/cases/export?department=" + staff.deptC() + "&format=xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(casesXlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(4);
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
            assertEquals("'" + formula, cell.getStringCellValue());
        }
    }

    @Test
    void c9ABadFileImportsNothingAndNamesEveryWrongRowAndColumn() {
        String before = Server.as(staff.dispatcher()).get("/api/cases?department=" + staff.deptC()).then().statusCode(200)
                .extract().path("total").toString();
        String csv = HEADER
                + String.join(",", "信箱来信", "MAYOR", "CONSULTATION", "好的一行", "2026-05-06", "", "2026-05-13", "2026-05-12", staff.deptC(), "", "", "") + "\n"
                + String.join(",", "信箱来信", "邮局", "CONSULTATION", "错的渠道和日期", "2026/13/40", "", "2026-05-13", "2026-05-12", staff.deptC(), "", "", "") + "\n"
                + String.join(",", "信箱来信", "MAYOR", "CONSULTATION", "没有的单位", "2026-05-06", "", "2026-05-13", "2026-05-12", "不存在的局", "", "很好", "") + "\n";
        JsonPath job = imported(csv, null);
        assertEquals("REJECTED", job.getString("state"), job.prettify());
        assertEquals(2, job.getInt("rejected"));
        assertEquals(0, job.getInt("imported"));
        List<Map<String, Object>> errors = job.getList("errors");
        assertTrue(errors.contains(Map.of("row", 3, "column", "渠道", "message", "「邮局」不是可选的渠道（可填：市长信箱、区长信箱）")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(3) && e.get("column").equals("收件日期")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(4) && e.get("column").equals("承办单位")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(4) && e.get("column").equals("评价")), errors.toString());
        assertEquals(before, Server.as(staff.dispatcher()).get("/api/cases?department=" + staff.deptC()).then().statusCode(200)
                .extract().path("total").toString(), "nothing of the file was stored");

        JsonPath noColumns = imported("标题,收件日期\n某信,2026-05-06\n", "LETTER");
        assertEquals("REJECTED", noColumns.getString("state"));
        assertTrue(noColumns.getList("errors.message").contains("缺少必需的列：办理期限"), noColumns.prettify());
        Server.as(staff.dispatcher()).contentType("text/csv").body(new byte[0]).post("/api/cases/imports").then().statusCode(400)
                .contentType(Server.PROBLEM_JSON);
    }

    @Test
    void r6ThePublicStatisticsAndHandledLettersWithoutPersonalData() {
        JsonPath before = Server.api().get("/api/stats/public?year=2026").then().statusCode(200).extract().jsonPath();
        int augustBefore = before.getList("months.rows", Map.class).stream()
                .filter(r -> "202608|DISTRICT_HEAD".equals(r.get("key"))).mapToInt(r -> n(r, "received")).sum();
        // a change drops the cached figures: one more letter of August shows at once
        JsonPath job = imported(HEADER + String.join(",", "信箱来信", "DISTRICT_HEAD", "SUGGESTION", tag + "P1", "2026-08-17",
                "2026-08-18", "2026-08-31", "2026-08-28", staff.deptC(), "已答复", "满意", "") + "\n", null);
        assertEquals("DONE", job.getString("state"), job.prettify());
        JsonPath after = Server.api().get("/api/stats/public?year=2026").then().statusCode(200).extract().jsonPath();
        int augustAfter = after.getList("months.rows", Map.class).stream()
                .filter(r -> "202608|DISTRICT_HEAD".equals(r.get("key"))).mapToInt(r -> n(r, "received")).sum();
        assertEquals(augustBefore + 1, augustAfter);
        String body = after.prettify();
        assertFalse(body.contains("张三") || body.contains("13812348000"), "no personal data on a public answer");

        // the handled letters: 受理日期, 答复日期, 答复部门 and category; no title unless published with consent
        Map<String, Object> a1 = null;
        int page = 1;
        while (a1 == null) {
            JsonPath letters = Server.api().get("/api/stats/public/letters?year=2026&size=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            assertFalse(letters.prettify().contains("13812348000"));
            a1 = letters.getList("items", Map.class).stream().filter(l -> "2026-09-03".equals(l.get("receivedOn"))
                    && nameA.equals(l.get("department"))).findFirst().map(l -> (Map<String, Object>) l).orElse(null);
            assertTrue(a1 != null || page * 100 < letters.getInt("total"), "A's September letter is listed");
            page++;
        }
        assertEquals("2026-09-04", a1.get("acceptedOn"));
        assertEquals("2026-09-09", a1.get("repliedOn"));
        assertEquals("咨询", a1.get("category"));
        assertEquals("市长信箱", a1.get("mailbox"));
        assertNull(a1.get("title"), "not published, so no title");
        Server.api().get("/api/stats/public?year=20x6").then().statusCode(400);
    }

    @Test
    void r7TheYearsFiguresAndTheirParagraph() {
        JsonPath year = Server.as(staff.dispatcher()).get("/api/stats/year/2026").then().statusCode(200).extract().jsonPath();
        int mayor = year.getInt("mailboxes.find { it.key == 'MAYOR' }.received");
        int head = year.getInt("mailboxes.find { it.key == 'DISTRICT_HEAD' }.received");
        assertTrue(mayor >= 5 && head >= 2, year.prettify());
        String paragraph = year.getString("paragraph");
        assertTrue(paragraph.startsWith("2026年，"), paragraph);
        assertTrue(paragraph.contains("主动公开政府信息" + year.getInt("itemsPublished") + "条"), paragraph);
        assertTrue(paragraph.contains("市长信箱来信" + mayor + "件、区长信箱来信" + head + "件"), paragraph);
        assertNotNull(year.get("others.find { it.key == 'SUGGESTION' }"), "suggestions are among the year's figures");
        String csv = Server.as(staff.dispatcher()).accept("text/csv").get("/api/stats/year/2026/export?format=csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("市长信箱来信（件）," + mayor + ","), csv);
        Server.as(staff.dispatcher()).get("/api/stats/year/1999").then().statusCode(400).contentType(Server.PROBLEM_JSON);
    }
}
