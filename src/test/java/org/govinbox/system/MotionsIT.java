package org.govinbox.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NPC suggestions and CPPCC proposals over HTTP: sittings, registration, joint and separate handling, the month
 * clock, contact, reply with class and review, ratings through each proposer's personal link (mail through GreenMail),
 * re-handling, published results and the metrics on a known set.
 */
class MotionsIT {

    private static final int PORT = Integer.getInteger("govinbox.it.smtp-port", 13025);
    private static final Pattern LINK = Pattern.compile("feedback\\.html#c=([^&\\s]+)&p=(\\d+)&s=([^&\\s]+)");
    private static GreenMail smtp;
    private static Letters.Staff staff;
    private static long npc;
    private static long cppcc;

    @BeforeAll
    static void start() {
        Server.awaitReady();
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        staff = Letters.Staff.create();
        npc = sitting("NPC", Server.unique("区第十八届人民代表大会第四次会议"));
        cppcc = sitting("CPPCC", Server.unique("政协第十届委员会第四次会议"));
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    static long sitting(String assembly, String name) {
        return ((Number) Server.as(staff.admin()).contentType(ContentType.JSON)
                .body(Map.of("assembly", assembly, "name", name, "year", 2026)).post("/api/sittings")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    static Map<String, Object> suggestion(long sitting, String number, String leadEmail, String coEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("sitting", sitting);
        body.put("number", number);
        body.put("title", Server.unique("关于改善渭滨区老旧小区停车难的建议"));
        body.put("content", "建议在老旧小区周边增设公共停车位。");
        body.put("subject", "城乡建设");
        body.put("key", false);
        body.put("receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        body.put("proposers", leadEmail == null ? List.of(Map.of("name", "王委员", "role", "LEAD", "unit", "经济界"))
                : List.of(Map.of("name", "张代表", "role", "LEAD", "unit", "金陵街道代表团", "phone", "13800000001", "email", leadEmail),
                Map.of("name", "李代表", "role", "CO_SIGNER", "unit", "金陵街道代表团", "phone", "13800000002", "email", coEmail)));
        return body;
    }

    static long register(String path, Map<String, Object> body) {
        return ((Number) Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id")).longValue();
    }

    static JsonPath detail(String token, long id) {
        return Server.as(token).get("/api/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath act(String token, long id, String action, Map<String, ?> body) {
        return Letters.act(token, id, action, body).then().statusCode(200).extract().jsonPath();
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** The personal link in the latest reply mail to {@code address}, as c, p, s. */
    static Map<String, Object> link(String address, int mails) {
        List<MimeMessage> found = await("reply mail to " + address).atMost(Duration.ofSeconds(30))
                .until(() -> to(address).stream().filter(m -> subject(m).contains("请评价")).toList(), l -> l.size() >= mails);
        String text;
        try {
            text = String.valueOf(found.get(found.size() - 1).getContent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), "the mail carries the personal link: " + text);
        return Map.of("code", m.group(1), "party", Integer.parseInt(m.group(2)), "secret", m.group(3));
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static JsonPath rate(Map<String, Object> link, String satisfaction) {
        Map<String, Object> body = new HashMap<>(link);
        body.put("satisfaction", satisfaction);
        body.put("comment", "意见");
        return Letters.citizen(Letters.newClientAddress()).contentType(ContentType.JSON).body(body).post("/api/feedback")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void sittingsAreDataAndRegistrationIsChecked() {
        Server.as(staff.dispatcher()).get("/api/sittings").then().statusCode(200).body("id", hasItem((int) npc));
        Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(Map.of("assembly", "NPC", "name", "x", "year", 2026))
                .post("/api/sittings").then().statusCode(403);
        Map<String, Object> body = suggestion(npc, "1" + Server.unique("").replaceAll("\\D", ""), "a@example.com", "b@example.com");
        register("/api/suggestions", body);
        Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(body).post("/api/suggestions").then().statusCode(409)
                .contentType(Server.PROBLEM_JSON).body("detail", containsString("号"));
        Map<String, Object> noLead = new HashMap<>(body);
        noLead.put("number", "9" + Server.unique("").replaceAll("\\D", ""));
        noLead.put("proposers", List.of(Map.of("name", "李代表", "role", "CO_SIGNER")));
        Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(noLead).post("/api/suggestions").then().statusCode(400)
                .contentType(Server.PROBLEM_JSON).body("errors.field", hasItem("proposers"));
        Map<String, Object> wrongSitting = new HashMap<>(body);
        wrongSitting.put("number", "8" + Server.unique("").replaceAll("\\D", ""));
        Server.as(staff.dispatcher()).contentType(ContentType.JSON).body(wrongSitting).post("/api/proposals").then().statusCode(400)
                .body("errors.field", hasItem("sitting"));
        Server.as(staff.handlerA()).contentType(ContentType.JSON).body(wrongSitting).post("/api/suggestions").then().statusCode(403);
        // a rejected registration stored nothing
        Server.as(staff.dispatcher()).get("/api/cases?type=SUGGESTION&sitting=" + npc + "&size=100").then().statusCode(200)
                .body("items.reference", not(hasItem(noLead.get("number"))));
    }

    @Test
    void aSuggestionsWholeLife() {
        String leadEmail = Server.unique("lead") + "@example.com";
        String coEmail = Server.unique("co") + "@example.com";
        String number = "12" + Server.unique("").replaceAll("\\D", "");
        long id = register("/api/suggestions", suggestion(npc, number, leadEmail, coEmail));
        Server.as(staff.dispatcher()).get("/api/cases?type=SUGGESTION&sitting=" + npc + "&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Server.as(staff.dispatcher()).get("/api/cases?type=SUGGESTION&sitting=" + cppcc + "&size=100").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        assertEquals("REGISTERED", detail(staff.dispatcher(), id).getString("state"));

        // assignment starts the 3-month calendar clock (the calendar's month clock) and the co-handler's 1-month clock
        JsonPath assigned = act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA(), "coHandlers", List.of(staff.deptB()),
                "mode", "JOINT"));
        assertEquals("HANDLING", assigned.getString("state"));
        String due3 = Server.api().get("/api/calendar/deadline?start=" + today() + "&months=3").then().statusCode(200)
                .extract().path("due");
        assertEquals(due3, assigned.getString("dueOn"));
        assertFalse(LocalDate.parse(due3).isBefore(LocalDate.parse(today()).plusMonths(3)));
        String due1 = Server.api().get("/api/calendar/deadline?start=" + today() + "&months=1").then().statusCode(200)
                .extract().path("due");
        assertEquals(due1, assigned.getString("clocks.find { it.purpose == 'OPINION' }.dueOn"));
        assertEquals(staff.deptB(), assigned.getString("clocks.find { it.purpose == 'OPINION' }.department"));

        // a unit reading another unit's item: 404; the co-handler sees it and sends its opinion
        Server.as(staff.handlerC()).get("/api/cases/" + id).then().statusCode(404);
        Letters.act(staff.handlerB(), id, "reply", Map.of("text", "x", "replyClass", "A")).then().statusCode(403);
        JsonPath opined = act(staff.handlerB(), id, "opinion", Map.of("text", "协办意见：同意增设停车位"));
        assertEquals("MET", opined.getString("clocks.find { it.purpose == 'OPINION' }.status"));

        act(staff.handlerA(), id, "contact", Map.of("method", "PHONE", "on", today(), "note", "电话沟通办理思路"));
        Letters.act(staff.handlerA(), id, "contact", Map.of("method", "信鸽", "on", today())).then().statusCode(400)
                .body("errors.field", hasItem("method"));
        Letters.act(staff.handlerA(), id, "reply", Map.of("text", "复文")).then().statusCode(400)
                .contentType(Server.PROBLEM_JSON).body("errors.field", hasItem("replyClass"));
        byte[] pdf = "%PDF-1.4\n复文\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Server.as(staff.handlerA()).contentType("application/octet-stream").header("X-Filename", "fuwen.pdf").body(pdf)
                .post("/api/cases/" + id + "/attachments").then().statusCode(201).body("filename", equalTo("fuwen.pdf"));
        Server.as(staff.handlerC()).contentType("application/octet-stream").header("X-Filename", "x.pdf").body(pdf)
                .post("/api/cases/" + id + "/attachments").then().statusCode(404);
        JsonPath review = act(staff.handlerA(), id, "reply", Map.of("text", "经研究，已列入明年计划。", "replyClass", "B"));
        assertEquals("REVIEW", review.getString("state"));
        Letters.act(staff.dispatcher(), id, "record-rating", Map.of("party", 1, "satisfaction", "SATISFIED")).then()
                .statusCode(409).body("detail", containsString("REVIEW"));
        JsonPath sentBack = act(staff.dispatcher(), id, "send-back-reply", Map.of("reason", "请补充具体时间"));
        assertEquals("HANDLING", sentBack.getString("state"));
        act(staff.handlerA(), id, "reply", Map.of("text", "经研究，已列入 2027 年计划，三季度前完成。", "replyClass", "B"));
        JsonPath replied = act(staff.dispatcher(), id, "approve-reply", Map.of());
        assertEquals("REPLIED", replied.getString("state"));
        assertEquals("B", replied.getString("replies[0].replyClass"));
        assertTrue(replied.getBoolean("replies[0].onTime"));
        assertEquals(due3, replied.getString("replies[0].dueOn"));
        assertEquals(List.of("fuwen.pdf"), replied.getList("attachments.filename"));
        Server.as(staff.handlerA()).contentType("application/octet-stream").header("X-Filename", "late.pdf").body(pdf)
                .post("/api/cases/" + id + "/attachments").then().statusCode(409);

        // each proposer rates through their own link; the co-signer's rating does not move the item
        Map<String, Object> coLink = link(coEmail, 1);
        assertEquals(2, coLink.get("party"));
        JsonPath coRated = rate(coLink, "SATISFIED");
        assertEquals("REPLIED", coRated.getString("state"));
        assertFalse(coRated.getBoolean("canRate"));
        Map<String, Object> wrong = new HashMap<>(coLink);
        wrong.put("party", 1);
        Letters.citizen(Letters.newClientAddress()).contentType(ContentType.JSON).body(wrong).post("/api/feedback/form")
                .then().statusCode(404);
        Map<String, Object> leadLink = link(leadEmail, 1);
        JsonPath form = Letters.citizen(Letters.newClientAddress()).contentType(ContentType.JSON).body(leadLink)
                .post("/api/feedback/form").then().statusCode(200).extract().jsonPath();
        assertTrue(form.getBoolean("canRate"));
        assertEquals("B", form.getString("replies[0].replyClass"));
        JsonPath dissatisfied = rate(leadLink, "DISSATISFIED");
        assertEquals("HANDLING", dissatisfied.getString("state"));

        JsonPath rehandling = detail(staff.dispatcher(), id);
        assertEquals(1, rehandling.getInt("rehandled"));
        assertEquals(due1, rehandling.getString("dueOn"), "re-handled within 1 month");
        assertEquals(1, rehandling.getList("replies").size(), "the first reply stays");
        Letters.citizen(Letters.newClientAddress()).contentType(ContentType.JSON)
                .body(Map.of("code", leadLink.get("code"), "party", 1, "secret", leadLink.get("secret"), "satisfaction", "SATISFIED"))
                .post("/api/feedback").then().statusCode(409).body("detail", containsString("HANDLING"));

        act(staff.handlerA(), id, "contact", Map.of("method", "MEETING", "on", today(), "note", "面商"));
        act(staff.handlerA(), id, "reply", Map.of("text", "已协调增设停车位 120 个。", "replyClass", "A"));
        act(staff.dispatcher(), id, "approve-reply", Map.of());
        JsonPath closed = rate(link(leadEmail, 2), "SATISFIED");
        assertEquals("CLOSED", closed.getString("state"));
        JsonPath done = detail(staff.dispatcher(), id);
        assertEquals(List.of(1, 2), done.getList("replies.round"));
        assertEquals(List.of("DISSATISFIED", "SATISFIED"), done.getList("parties[0].ratings.satisfaction"));
        assertEquals(2, done.getList("parties[0].contacts").size());

        // published result: a disclosure item in the 建议提案办理 column, and the public list without personal data
        JsonPath published = act(staff.dispatcher(), id, "publish", Map.of());
        assertTrue(published.getBoolean("published"));
        String pub = Server.api().get("/api/motion-results/" + npc).then().statusCode(200).extract().asString();
        assertFalse(pub.contains("13800000001") || pub.contains(leadEmail) || pub.contains("张代表"), pub);
        JsonPath list = JsonPath.from(pub);
        Map<String, Object> item = list.getMap("items.find { it.number == '" + number + "' }");
        assertEquals("A", item.get("replyClass"));
        assertEquals("CLOSED", item.get("state"));
        long result = ((Number) item.get("resultItem")).longValue();
        Server.api().get("/api/disclosures/" + result).then().statusCode(200)
                .body("domain", equalTo("MOTIONS")).body("body", containsString("停车位"));
        // searchable once the change has committed (the index follows the transaction)
        await("the result in the search index").atMost(Duration.ofSeconds(20)).until(() -> Server.api()
                .get("/api/disclosures?domain=MOTIONS&q=停车位").then().statusCode(200).extract().jsonPath()
                .getList("items.id").stream().anyMatch(i -> ((Number) i).longValue() == result));
    }

    @Test
    void theMonthClockEndsOnTheSameDayOrTheMonthsLastThenOnAWorkingDay() {
        // month-end: 30 November + 3 months is the last day of February — 2026-02-28, a make-up working day (Saturday)
        Server.api().get("/api/calendar/deadline?start=2025-11-30&months=3").then().statusCode(200).body("due", equalTo("2026-02-28"));
        // a holiday: 1 July + 3 months is 1 October (National Day), rolled to the first working day, 8 October
        Server.api().get("/api/calendar/deadline?start=2026-07-01&months=3").then().statusCode(200).body("due", equalTo("2026-10-08"));
        Server.api().get("/api/calendar/deadline?start=2026-07-01&months=1").then().statusCode(200).body("due", equalTo("2026-08-03"));
    }

    @Test
    void aUnitReturnsAWrongAssignmentAndExtensionsStopAtSixMonths() {
        long id = register("/api/suggestions", proposal(npc, "5" + Server.unique("").replaceAll("\\D", "")));
        act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptC()));
        JsonPath returned = act(staff.handlerC(), id, "return", Map.of("reason", "不属于本单位职责"));
        assertEquals("REGISTERED", returned.getString("state"));
        assertNull(returned.get("department"));
        Server.as(staff.handlerC()).get("/api/cases/" + id).then().statusCode(404);
        act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA()));
        Letters.act(staff.handlerA(), id, "request-extension", Map.of("months", 4, "reason", "需跨年度实施")).then().statusCode(400)
                .body("errors.field", hasItem("months"));
        act(staff.handlerA(), id, "request-extension", Map.of("months", 2, "reason", "需跨年度实施"));
        JsonPath extended = act(staff.dispatcher(), id, "approve-extension", Map.of());
        String due5 = Server.api().get("/api/calendar/deadline?start=" + today() + "&months=5").then().statusCode(200)
                .extract().path("due");
        assertEquals(due5, extended.getString("dueOn"));
        act(staff.handlerA(), id, "request-extension", Map.of("months", 1, "reason", "再延"));
        act(staff.dispatcher(), id, "approve-extension", Map.of());
        Letters.act(staff.handlerA(), id, "request-extension", Map.of("months", 1, "reason", "又延")).then().statusCode(400)
                .body("errors.message", hasItem(containsString("最长 6 个月")));
    }

    static byte[] csv(String... rows) {
        return (String.join("\n", rows) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static io.restassured.response.Response upload(String path, long sitting, byte[] content, String filename) {
        return Server.as(staff.dispatcher()).contentType("application/octet-stream").header("X-Filename", filename)
                .body(content).post(path + "/import?sitting=" + sitting);
    }

    @Test
    void anAssignmentMeetingsListIsRegisteredWholeOrNotAtAll() throws Exception {
        long s = sitting("NPC", Server.unique("交办会导入测试会议"));
        String header = "编号,标题,内容,类别,重点,领衔人,领衔人单位,领衔人电话,附议人,主办单位,协办单位,办理方式";
        byte[] bad = csv(header,
                "1,关于增设路灯的建议,内容一,城乡建设,是,张代表,金陵代表团,13800000011,李代表、王代表," + staff.deptA() + "," + staff.deptB() + ",主办协办",
                "2,关于改善校园周边交通的建议,内容二,教育,否,,清姜代表团,,,没有这个单位,,",
                "1,重复编号的建议,内容三,,,赵代表,,,,,,");
        JsonPath refused = upload("/api/suggestions", s, bad, "list.csv").then().statusCode(400)
                .contentType(Server.PROBLEM_JSON).extract().jsonPath();
        List<String> fields = refused.getList("errors.field");
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("第3行") && f.contains("主办单位")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("第3行") && f.contains("proposers")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("第4行") && f.contains("number")), fields.toString());
        assertEquals(0, Server.as(staff.dispatcher()).get("/api/sittings/" + s + "/items").then().statusCode(200)
                .extract().jsonPath().getList("$").size(), "nothing was registered");

        byte[] good = csv(header,
                "1,关于增设路灯的建议,内容一,城乡建设,是,张代表,金陵代表团,13800000011,李代表、王代表," + staff.deptA() + "," + staff.deptB() + ",主办协办",
                "2,关于改善校园周边交通的建议,内容二,教育,否,刘代表,清姜代表团,,,,,");
        upload("/api/suggestions", s, good, "list.csv").then().statusCode(201).body("registered", equalTo(2));
        JsonPath items = Server.as(staff.dispatcher()).get("/api/sittings/" + s + "/items").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("1", "2"), items.getList("number"));
        assertEquals(List.of("HANDLING", "REGISTERED"), items.getList("state"));
        assertEquals(3, items.getInt("[0].proposers"));
        assertEquals(List.of("主办", "协办"), items.getList("[0].units.role"));
        assertEquals(List.of("1"), Server.as(staff.dispatcher()).get("/api/sittings/" + s + "/items?unit=" + staff.deptB())
                .then().statusCode(200).extract().jsonPath().getList("number"));
        assertEquals(List.of("1"), Server.as(staff.dispatcher()).get("/api/sittings/" + s + "/items?key=true")
                .then().statusCode(200).extract().jsonPath().getList("number"));
        assertEquals(List.of("2"), Server.as(staff.dispatcher()).get("/api/sittings/" + s + "/items?state=REGISTERED")
                .then().statusCode(200).extract().jsonPath().getList("number"));
        Server.as(staff.handlerA()).get("/api/sittings/" + s + "/items").then().statusCode(403);

        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("交办清单");
            String[][] cells = {{"编号", "标题", "内容", "领衔人", "主办单位", "协办单位", "办理方式"},
                    {"3", "关于建设口袋公园的建议", "内容三", "陈代表", staff.deptA(), staff.deptB(), "分办"}};
            for (int r = 0; r < cells.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        upload("/api/suggestions", s, xlsx, "list.xlsx").then().statusCode(201).body("registered", equalTo(1));
        JsonPath separate = Server.as(staff.dispatcher()).get("/api/sittings/" + s + "/items?unit=" + staff.deptB())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("1", "3"), separate.getList("number"));
        assertEquals("SEPARATE", separate.getString("[1].mode"));
        upload("/api/suggestions", s, "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "x.pdf").then().statusCode(415);
    }

    @Test
    void separateHandlingGivesEachUnitItsPartAndClock() {
        long id = register("/api/proposals", proposal(cppcc, "3" + Server.unique("").replaceAll("\\D", "")));
        assertEquals("PROPOSAL", detail(staff.dispatcher(), id).getString("type"));
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA(), "mode", "SEPARATE")).then().statusCode(400)
                .body("errors.field", hasItem("coHandlers"));
        JsonPath assigned = act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA(), "coHandlers", List.of(staff.deptB()),
                "mode", "SEPARATE"));
        assertEquals(List.of(staff.deptA(), staff.deptB()), assigned.getList("clocks.findAll { it.purpose == 'PART' }.department"));
        JsonPath one = act(staff.handlerA(), id, "reply", Map.of("text", "A 单位承办部分的答复", "replyClass", "A"));
        assertEquals("HANDLING", one.getString("state"));
        Letters.act(staff.handlerB(), id, "opinion", Map.of("text", "x")).then().statusCode(409);
        JsonPath both = act(staff.handlerB(), id, "reply-part", Map.of("text", "B 单位承办部分的答复", "replyClass", "C"));
        assertEquals("REVIEW", both.getString("state"));
        assertTrue(both.getString("reply.text").contains("A 单位承办部分的答复") && both.getString("reply.text").contains("C 类】B 单位"),
                "the office reviews every part with its class: " + both.getString("reply.text"));
        JsonPath replied = act(staff.dispatcher(), id, "approve-reply", Map.of());
        assertEquals("REPLIED", replied.getString("state"));
        assertEquals(List.of(staff.deptA(), staff.deptB()), replied.getList("replies.department"));
        assertEquals(List.of("A", "C"), replied.getList("replies.replyClass"));
        assertEquals(List.of(true, true), replied.getList("replies.onTime"));
        assertEquals(List.of("MET", "MET"), replied.getList("clocks.findAll { it.purpose == 'PART' }.status"));
    }

    static Map<String, Object> proposal(long sitting, String number) {
        return suggestion(sitting, number, null, null);
    }

    @Test
    void theMetricsOfAKnownSet() {
        long s = sitting("CPPCC", Server.unique("政协统计测试会议"));
        long contacted = register("/api/proposals", proposal(s, "1"));
        long twice = register("/api/proposals", proposal(s, "2"));
        long open = register("/api/proposals", proposal(s, "3"));
        register("/api/proposals", proposal(s, "4"));
        for (long id : List.of(contacted, twice, open)) {
            act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA()));
        }
        act(staff.handlerA(), contacted, "contact", Map.of("method", "面商", "on", today()));
        for (long id : List.of(contacted, twice)) {
            act(staff.handlerA(), id, "reply", Map.of("text", "答复", "replyClass", "A"));
            act(staff.dispatcher(), id, "approve-reply", Map.of());
        }
        act(staff.dispatcher(), contacted, "record-rating", Map.of("party", 1, "satisfaction", "SATISFIED"));
        act(staff.dispatcher(), twice, "record-rating", Map.of("party", 1, "satisfaction", "DISSATISFIED"));
        act(staff.handlerA(), twice, "reply", Map.of("text", "再次答复", "replyClass", "A"));
        act(staff.dispatcher(), twice, "approve-reply", Map.of());
        act(staff.dispatcher(), twice, "record-rating", Map.of("party", 1, "satisfaction", "BASICALLY_SATISFIED"));

        JsonPath stats = Server.as(staff.dispatcher()).get("/api/stats/proposals?type=PROPOSAL&sitting=" + s).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(4, stats.getInt("total"));
        assertEquals(2, stats.getInt("replied"));
        assertEquals(2, stats.getInt("repliedOnTime"));
        assertEquals(1, stats.getInt("contacted"));
        assertEquals(1, stats.getInt("satisfied"));
        assertEquals(1, stats.getInt("basicallySatisfied"));
        assertEquals(0, stats.getInt("dissatisfied"));
        assertEquals(66.7f, stats.getFloat("rates.replyRate"));
        assertEquals(100.0f, stats.getFloat("rates.onTimeRate"));
        assertEquals(50.0f, stats.getFloat("rates.contactRate"));
        assertEquals(100.0f, stats.getFloat("rates.satisfactionRate"));
        assertEquals(50.0f, stats.getFloat("rates.firstSatisfactionRate"));
        assertEquals(staff.deptA(), stats.getString("departments[0].department"));
        assertEquals(3, stats.getInt("departments[0].assigned"));
        assertTrue(stats.getString("definitions.contactRate").contains("见面率"));
        Server.as(staff.handlerA()).get("/api/stats/proposals?type=PROPOSAL").then().statusCode(403);
        assertNull(Server.as(staff.dispatcher()).get("/api/stats/proposals?type=SUGGESTION&sitting=" + s).then()
                .statusCode(200).extract().jsonPath().get("rates.replyRate"));
    }
}
