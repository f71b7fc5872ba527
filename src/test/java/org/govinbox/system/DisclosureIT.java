package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The disclosure portal over HTTP against the real server: contract, workflow, numbers, search, scope, bad input. */
class DisclosureIT {

    private static final String YEAR = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    private static final String INDEX_PATTERN = "1600521X6/" + YEAR + "-\\d{5}";
    private static Portal.Publishers p;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        p = Portal.Publishers.create();
    }

    private static int serial(String indexNumber) {
        return Integer.parseInt(indexNumber.substring(indexNumber.length() - 5));
    }

    @Test
    void draftPublishWithdrawAndRepeal() {
        String title = Server.unique("公开测试");
        long budgetBefore = budgetCount();
        long id = Portal.draft(p.office(), Portal.item(title, p.officeDept()));
        Server.api().get("/api/disclosures/" + id).then().statusCode(404);
        assertTrue(Portal.catalogue("domain=BUDGET&size=100").stream().noneMatch(i -> title.equals(i.get("title"))));

        Portal.act(p.office(), id, "publish", null).then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("item.indexNumber", matchesPattern(INDEX_PATTERN))
                .body("publishWorkingDays", org.hamcrest.Matchers.greaterThan(0));
        Server.api().get("/api/disclosures/" + id).then().statusCode(200)
                .body("indexNumber", matchesPattern(INDEX_PATTERN))
                .body("title", equalTo(title))
                .body("publisher", containsString("测试部门"))
                .body("writtenOn", equalTo("2026-11-02"))
                .body("publishedOn", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                .body("documentNumber", matchesPattern("宝渭政办发〔2026〕\\d+号"))
                .body("subject", equalTo("财政")).body("genre", equalTo("通知"))
                .body("domain", equalTo("BUDGET")).body("domainName", equalTo("财政预决算"))
                .body("validity", equalTo("VALID")).body("validityName", equalTo("有效"))
                .body("disclosureAttribute", equalTo("PROACTIVE")).body("disclosureAttributeName", equalTo("主动公开"));
        assertEquals(budgetBefore + 1, budgetCount());
        assertTrue(Portal.catalogue("domain=BUDGET&size=5").stream().anyMatch(i -> title.equals(i.get("title"))),
                "newest first: the item just published is on the first page");
        String number = Portal.indexNumber(p.office(), id);

        Portal.act(p.office(), id, "withdraw", Map.of()).then().statusCode(400).body("errors.field", hasItem("reason"));
        Portal.act(p.office(), id, "withdraw", Map.of("reason", "内容有误")).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawReason", equalTo("内容有误"))
                .body("item.indexNumber", equalTo(number))
                .body("history.action", equalTo(List.of("CREATE", "PUBLISH", "WITHDRAW")));
        Server.api().get("/api/disclosures/" + id).then().statusCode(404);
        assertEquals(budgetBefore, budgetCount());
        Portal.act(p.office(), id, "publish", null).then().statusCode(409).body("detail", containsString("已撤回"));

        long repealed = Portal.published(p.office(), Portal.item(Server.unique("废止测试"), p.officeDept()));
        Portal.act(p.office(), repealed, "repeal", Map.of("on", "2026-11-20")).then().statusCode(400)
                .body("errors.field", hasItem("repealedBy"));
        Portal.act(p.office(), repealed, "repeal", Map.of("on", "2026-11-20", "repealedBy", "宝渭政发〔2026〕9号"))
                .then().statusCode(200);
        Server.api().get("/api/disclosures/" + repealed).then().statusCode(200)
                .body("validity", equalTo("REPEALED")).body("validityName", equalTo("废止"))
                .body("validityChangedOn", equalTo("2026-11-20")).body("repealedBy", equalTo("宝渭政发〔2026〕9号"));
        Portal.act(p.office(), repealed, "repeal", Map.of("repealedBy", "x")).then().statusCode(409);
        assertTrue(Portal.catalogue("validity=REPEALED&size=100").stream().anyMatch(i -> ((Number) i.get("id")).longValue() == repealed));
    }

    private static long budgetCount() {
        List<Map<String, Object>> domains = Server.api().get("/api/domains").then().statusCode(200).extract().jsonPath().getList("$");
        return domains.stream().filter(d -> d.get("code").equals("BUDGET")).mapToLong(d -> ((Number) d.get("count")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void itemsDisclosedOnRequestShowOnlyTheirMetadata() {
        String marker = Server.unique("依申请");
        Map<String, Object> item = Portal.item("依申请公开目录项" + marker, p.officeDept());
        item.put("disclosureAttribute", "ON_REQUEST");
        item.put("body", "<p>内部审计详细数据" + marker + "全文</p>");
        long id = Portal.published(p.office(), item);
        Server.api().get("/api/disclosures/" + id).then().statusCode(200)
                .body("indexNumber", matchesPattern(INDEX_PATTERN)).body("disclosureAttributeName", equalTo("依申请公开"))
                .body("body", org.hamcrest.Matchers.nullValue());
        Server.as(p.office()).get("/api/disclosures/manage/" + id).then().body("item.body", containsString("内部审计"));
        assertTrue(Portal.catalogue("q=内部审计详细数据&size=100").stream().noneMatch(i -> ((Number) i.get("id")).longValue() == id),
                "its text is not searchable");

        Map<String, Object> secret = Portal.item(Server.unique("不予公开"), p.officeDept());
        secret.put("disclosureAttribute", "NOT_DISCLOSED");
        long refused = Portal.draft(p.office(), secret);
        Portal.act(p.office(), refused, "publish", null).then().statusCode(409).body("detail", containsString("不予公开"));
        Server.as(p.office()).get("/api/disclosures/manage/" + refused).then().body("item.indexNumber", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void domainsAreTheConfiguredEightInOrderThenTheResultsOfSuggestionsAndProposalsAndTheAnnualReports() {
        Server.api().get("/api/domains").then().statusCode(200)
                .body("code", equalTo(List.of("ADMIN_APPROVAL", "BUDGET", "THREE_PUBLIC_EXPENSES", "FOOD_DRUG",
                        "ENVIRONMENT", "WORK_SAFETY", "PRICES", "LAND", "MOTIONS", "ANNUAL_REPORTS")))
                .body("name", hasItems("行政审批", "财政预决算", "“三公”经费", "食品药品安全", "环境保护", "安全生产", "价格", "征地拆迁"));
    }

    @Test
    void badInputNamesEachFieldInChineseAndStoresNothing() {
        long before = Server.as(p.office()).get("/api/disclosures/manage").then().extract().jsonPath().getLong("total");
        Map<String, Object> bad = Portal.item(Server.unique("错误"), p.officeDept());
        bad.put("writtenOn", "2026-02-30");
        bad.put("documentNumber", "宝渭政办发51号");
        bad.put("summary", "字".repeat(101));
        bad.put("domain", "NOPE");
        Portal.create(p.office(), bad).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("writtenOn", "documentNumber", "summary", "domain"))
                .body("errors.message", hasItem(containsString("摘要不能超过 100 个字")))
                .body("errors.message", hasItem(containsString("〔年份〕")));
        Map<String, Object> ok100 = Portal.item(Server.unique("一百字"), p.officeDept());
        ok100.put("summary", "字".repeat(100));
        ok100.put("documentNumber", "宝渭政办发[2026]8号");
        long id = Portal.draft(p.office(), ok100);
        Server.as(p.office()).get("/api/disclosures/manage/" + id).then()
                .body("item.documentNumber", equalTo("宝渭政办发〔2026〕8号"));
        long after = Server.as(p.office()).get("/api/disclosures/manage").then().extract().jsonPath().getLong("total");
        assertEquals(before + 1, after, "only the good item was stored");

        Server.api().get("/api/disclosures?domain=NOPE").then().statusCode(400).body("errors.field", hasItem("domain"));
        Server.api().get("/api/disclosures?year=abc").then().statusCode(400).body("errors.field", hasItem("year"));
        Server.api().get("/api/disclosures?sort=random").then().statusCode(400).body("errors.field", hasItem("sort"));
        Server.api().get("/api/disclosures?validity=SOMETIMES").then().statusCode(400).body("errors.field", hasItem("validity"));
    }

    @Test
    void attachmentsAreCheckedByContent() throws IOException {
        long id = Portal.draft(p.office(), Portal.item(Server.unique("附件"), p.officeDept()));
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        Server.as(p.office()).contentType("text/plain").body("not a pdf".getBytes(StandardCharsets.UTF_8))
                .header("X-Filename", "a.pdf").post("/api/disclosures/" + id + "/attachments").then().statusCode(415);
        Server.as(p.office()).contentType("application/pdf")
                .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})
                .header("X-Filename", "fake.pdf").post("/api/disclosures/" + id + "/attachments").then().statusCode(415)
                .body("detail", containsString("一致"));
        Server.as(p.office()).contentType("application/pdf").body(pdf)
                .header("X-Filename", "%E9%99%84%E4%BB%B6.pdf").post("/api/disclosures/" + id + "/attachments")
                .then().statusCode(201).body("filename", equalTo("附件.pdf")).body("mediaType", equalTo("application/pdf"));
        Server.as(p.office()).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(docx()).header("X-Filename", "notice.docx").post("/api/disclosures/" + id + "/attachments")
                .then().statusCode(201);
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        Server.as(p.office()).contentType("application/pdf").body(tooLarge).header("X-Filename", "big.pdf")
                .post("/api/disclosures/" + id + "/attachments").then().statusCode(413);
        Portal.act(p.office(), id, "publish", null).then().statusCode(200);
        List<Map<String, Object>> files = Server.api().get("/api/disclosures/" + id).then().statusCode(200)
                .extract().jsonPath().getList("attachments");
        assertEquals(List.of("附件.pdf", "notice.docx"), files.stream().map(f -> f.get("filename")).toList());
        byte[] downloaded = Server.api().get("/api/disclosures/" + id + "/attachments/" + files.get(0).get("id"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(new String(pdf, StandardCharsets.ISO_8859_1), new String(downloaded, StandardCharsets.ISO_8859_1));
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** D1: numbers under concurrent publishes are distinct, and a withdrawn item's number is never given again. */
    @Test
    void concurrentPublishesGetDistinctNumbersNeverReused() throws Exception {
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            drafts.add(Portal.draft(i % 2 == 0 ? p.office() : p.bureau(),
                    Portal.item(Server.unique("并发"), i % 2 == 0 ? p.officeDept() : p.bureauDept())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                long id = drafts.get(i);
                String token = i % 2 == 0 ? p.office() : p.bureau();
                numbers.add(pool.submit(() -> Portal.act(token, id, "publish", null).then().statusCode(200)
                        .extract().<String>path("item.indexNumber")));
            }
            Set<String> distinct = new HashSet<>();
            int highest = 0;
            for (Future<String> number : numbers) {
                String n = number.get();
                assertTrue(n.matches(INDEX_PATTERN), n);
                assertTrue(distinct.add(n), "given twice: " + n);
                highest = Math.max(highest, serial(n));
            }
            Portal.act(p.office(), drafts.get(0), "withdraw", Map.of("reason", "测试撤回")).then().statusCode(200);
            long next = Portal.published(p.office(), Portal.item(Server.unique("撤回后"), p.officeDept()));
            String after = Portal.indexNumber(p.office(), next);
            assertTrue(serial(after) > highest, after + " comes after every number given before, the withdrawn one too");
            assertFalse(distinct.contains(after));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDepartmentWithItsOwnAgencyCodeNumbersUnderIt() {
        Server.as(p.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "IDXAGENCY", "name", "区财政局（独立机构代码）", "kind", "BUREAU"))
                .post("/api/departments").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        String publisher = Server.staff(p.admin(), Server.unique("pubx"), "IDXAGENCY", "PUBLISHER");
        long id = Portal.published(publisher, Portal.item(Server.unique("独立代码"), "IDXAGENCY"));
        assertTrue(Portal.indexNumber(publisher, id).matches("91610302MB2960123X/" + YEAR + "-\\d{5}"));
    }

    /** P1: a bureau's publisher sees and changes only the bureau's items; the office sees all. */
    @Test
    void publishersSeeTheirOwnDepartmentOnly() {
        long office = Portal.draft(p.office(), Portal.item(Server.unique("政府办"), p.officeDept()));
        long bureau = Portal.draft(p.bureau(), Portal.item(Server.unique("委办局"), p.bureauDept()));
        Server.as(p.bureau()).get("/api/disclosures/manage/" + office).then().statusCode(404);
        Portal.act(p.bureau(), office, "publish", null).then().statusCode(404);
        Server.as(p.bureau()).contentType(ContentType.JSON).body(Portal.item("改别人的", p.bureauDept()))
                .put("/api/disclosures/" + office).then().statusCode(404);
        Portal.create(p.bureau(), Portal.item(Server.unique("冒名"), p.officeDept())).then().statusCode(400)
                .body("errors.field", hasItem("publisher"));
        List<String> publishers = Server.as(p.bureau()).get("/api/disclosures/manage?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.publisher");
        assertTrue(publishers.stream().allMatch(p.bureauDept()::equals), publishers.toString());
        Server.as(p.office()).get("/api/disclosures/manage/" + bureau).then().statusCode(200);
        Server.as(p.bureau()).get("/api/cleanup-rounds").then().statusCode(403);
        Server.api().get("/api/disclosures/manage").then().statusCode(401);
        String handler = Server.staff(p.admin(), Server.unique("hnd"), p.bureauDept(), "HANDLER");
        Server.as(handler).get("/api/disclosures/manage").then().statusCode(403);
    }

    @Test
    void chineseSearchFindsTheSeedReportByWords() {
        Server.api().get("/api/disclosures?q=法治政府").then().statusCode(200)
                .body("items[0].indexNumber", equalTo("1600521X6/2021-06943"))
                .body("items[0].title", equalTo("关于报送2021年法治政府建设工作总结的报告"))
                .body("items[0].publisher", equalTo("区政府办公室"))
                .body("items[0].publishedOn", equalTo("2021-12-15"))
                .body("items[0].documentNumber", equalTo("宝渭政字〔2021〕51号"))
                .body("items[0].validity", equalTo("VALID"))
                .body("items[0].titleHtml", containsString("<mark>"))
                .body("facets.year.code", hasItem("2021"));

        String marker = Server.unique("xq");
        Map<String, Object> apart = Portal.item("区委办局" + marker + "预算通知", p.bureauDept());
        apart.put("body", "<p>今年政府把部门预算的各项信息都向社会公开。</p><script>alert('x')</script>");
        long id = Portal.published(p.bureau(), apart);
        Map<String, Object> onlyPublic = Portal.item("区委办局" + marker + "另一通知", p.bureauDept());
        onlyPublic.put("body", "<p>本通知面向社会公开。</p>");
        onlyPublic.put("keywords", "");
        Portal.published(p.bureau(), onlyPublic);
        List<Map<String, Object>> found = Portal.catalogue("q=政府信息公开&publisher=" + p.bureauDept() + "&size=100");
        List<Object> ids = found.stream().map(i -> ((Number) i.get("id")).longValue()).map(Object.class::cast).toList();
        assertTrue(ids.contains(id), "政府 … 信息 … 公开 apart still match the words of 政府信息公开");
        assertTrue(found.stream().noneMatch(i -> ((String) i.get("title")).contains("另一通知")), "公开 alone is not enough");
        Server.api().get("/api/disclosures/" + id).then().statusCode(200)
                .body("body", not(containsString("script"))).body("body", containsString("向社会公开"));

        Portal.act(p.bureau(), id, "withdraw", Map.of("reason", "撤回测试")).then().statusCode(200);
        assertTrue(Portal.catalogue("q=" + marker).stream().noneMatch(i -> ((Number) i.get("id")).longValue() == id),
                "withdrawn items leave the index");
    }

    @Test
    void catalogueIsPagedAndSorted() {
        Map<String, Object> first = Server.api().get("/api/disclosures?size=5&page=1").then().statusCode(200)
                .body("items.size()", equalTo(5)).extract().jsonPath().getMap("$");
        assertTrue(((Number) first.get("total")).longValue() >= 49, "demo items and the seed report are published");
        List<String> dates = Server.api().get("/api/disclosures?size=20").then().extract().jsonPath().getList("items.publishedOn");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates, "newest first by default");
        List<String> oldest = Server.api().get("/api/disclosures?size=3&sort=publishedOn&order=asc").then().extract()
                .jsonPath().getList("items.publishedOn");
        assertEquals("2021-12-15", oldest.get(0));
        Server.api().get("/api/disclosures?size=5&page=2").then().statusCode(200).body("page", equalTo(2));
        Server.api().get("/api/disclosures?year=2021").then().statusCode(200)
                .body("items.indexNumber", hasItem("1600521X6/2021-06943"));

        Map<String, Object> item = Portal.item(Server.unique("分类筛选"), p.officeDept());
        item.put("subject", "民政");
        item.put("genre", "规定");
        long id = Portal.published(p.office(), item);
        List<Map<String, Object>> bySubjectAndGenre = Portal.catalogue("subject=民政&genre=规定&size=100");
        assertTrue(bySubjectAndGenre.stream().anyMatch(i -> ((Number) i.get("id")).longValue() == id));
        assertTrue(Portal.catalogue("subject=民政&genre=通知&size=100").stream().noneMatch(i -> ((Number) i.get("id")).longValue() == id));
        Server.api().get("/api/disclosures?q=分类筛选&genre=规定").then().statusCode(200)
                .body("facets.genre.code", hasItem("规定")).body("facets.subject.code", hasItem("民政"));
        Server.api().get("/api/disclosures?subject=天文").then().statusCode(400).body("errors.field", hasItem("subject"));
    }

    @Test
    void normativeDocumentsAreRegisteredAndCleanedUpInRounds() {
        List<Long> docs = new ArrayList<>();
        Set<String> registrations = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> doc = Portal.item(Server.unique("规范性文件"), p.officeDept());
            doc.put("normative", true);
            doc.put("genre", "办法");
            long id = Portal.draft(p.office(), doc);
            if (i == 0) {
                Portal.act(p.office(), id, "register", null).then().statusCode(200)
                        .body("item.normativeStatus", equalTo("REGISTERED"));
            }
            String registration = Portal.act(p.office(), id, "publish", null).then().statusCode(200)
                    .body("item.normativeStatus", equalTo("PUBLISHED"))
                    .body("history.action", hasItems("REGISTER", "PUBLISH"))
                    .extract().path("item.registrationNumber");
            assertTrue(registration.matches("宝渭政规〔" + YEAR + "〕\\d+号"), registration);
            assertTrue(registrations.add(registration));
            docs.add(id);
        }
        String name = Server.unique("清理");
        long round = Server.as(p.office()).contentType(ContentType.JSON).body(Map.of("name", name, "items", docs))
                .post("/api/cleanup-rounds").then().statusCode(201).body("reviewed", equalTo(3))
                .body("undecided", equalTo(3)).extract().jsonPath().getLong("id");
        Server.as(p.office()).post("/api/cleanup-rounds/" + round + "/close").then().statusCode(409)
                .body("detail", containsString("3 件"));
        decide(round, docs.get(0), "KEEP", "仍然适用").then().statusCode(200);
        decide(round, docs.get(1), "KEEP", "仍然适用").then().statusCode(200);
        decide(round, docs.get(2), "SCRAP", "x").then().statusCode(400).body("errors.field", hasItem("decision"));
        decide(round, docs.get(2), "REPEAL", "").then().statusCode(400).body("errors.field", hasItem("reason"));
        decide(round, docs.get(2), "REPEAL", "上位法已废止").then().statusCode(200).body("undecided", equalTo(0));
        Server.api().get("/api/disclosures/" + docs.get(2)).then().body("validity", equalTo("VALID"));
        Server.as(p.office()).post("/api/cleanup-rounds/" + round + "/close").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("kept", equalTo(2)).body("repealed", equalTo(1))
                .body("amended", equalTo(0));
        Server.api().get("/api/disclosures/" + docs.get(2)).then().statusCode(200)
                .body("validity", equalTo("REPEALED")).body("repealedBy", equalTo(name))
                .body("normativeStatus", equalTo("REPEALED"));
        Server.api().get("/api/disclosures/" + docs.get(0)).then().body("validity", equalTo("VALID"));
        Server.as(p.office()).get("/api/disclosures/manage/" + docs.get(0)).then()
                .body("history.action", hasItem("REVIEW"));
        decide(round, docs.get(0), "REPEAL", "改主意").then().statusCode(409);
        Server.as(p.office()).post("/api/cleanup-rounds/" + round + "/close").then().statusCode(409);
    }

    private static io.restassured.response.Response decide(long round, long item, String decision, String reason) {
        return Server.as(p.office()).contentType(ContentType.JSON).body(Map.of("decision", decision, "reason", reason))
                .put("/api/cleanup-rounds/" + round + "/reviews/" + item);
    }

    @Test
    void theGuideIsPublicAndEditedByPublishers() {
        Server.api().get("/api/disclosures/guide").then().statusCode(200).body("body", containsString("依申请公开"));
        Server.api().contentType(ContentType.JSON).body(Map.of("body", "<p>x</p>")).put("/api/disclosures/guide")
                .then().statusCode(401);
        String marker = Server.unique("指南");
        Server.as(p.office()).contentType(ContentType.JSON)
                .body(Map.of("body", "<h2>一、主动公开</h2><p>" + marker + "</p><script>alert(1)</script>"))
                .put("/api/disclosures/guide").then().statusCode(200);
        Server.api().get("/api/disclosures/guide").then().statusCode(200)
                .body("body", containsString(marker)).body("body", not(containsString("script")));
    }

    @Test
    void timelinessIsCountedPerDepartment() {
        Portal.published(p.office(), Portal.item(Server.unique("及时"), p.officeDept()));
        List<Map<String, Object>> rows = Server.as(p.office()).get("/api/disclosures/timeliness?year=" + YEAR)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> mine = rows.stream().filter(r -> p.officeDept().equals(r.get("publisher"))).findFirst().orElseThrow();
        assertTrue(((Number) mine.get("published")).intValue() >= 1);
        assertEquals(((Number) mine.get("published")).intValue(),
                ((Number) mine.get("inTime")).intValue() + ((Number) mine.get("late")).intValue());
        Server.as(p.office()).get("/api/disclosures/timeliness?year=abc").then().statusCode(400);
    }

    @Test
    void thePublishersListSortsByTheColumnChosenAndTheNormativeListShowsTheRegisteredDocuments() {
        String word = Server.unique("排序");
        for (String title : List.of(word + "乙", word + "甲", word + "丙")) {
            Portal.draft(p.bureau(), Portal.item(title, p.bureauDept()));
        }
        List<String> ascending = Server.as(p.bureau()).get("/api/disclosures/manage?q=" + word + "&sort=title&order=asc")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
        List<String> sorted = new ArrayList<>(ascending);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, ascending);
        assertEquals(3, ascending.size());
        List<String> newest = Server.as(p.bureau()).get("/api/disclosures/manage?q=" + word).then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        assertEquals(List.of(word + "丙", word + "甲", word + "乙"), newest, "newest change first by default");
        Server.as(p.bureau()).get("/api/disclosures/manage?sort=random").then().statusCode(400).body("errors.field", hasItem("sort"));

        // the public list of normative documents: registered, published, with registration number and validity
        Map<String, Object> normative = Portal.item(Server.unique("规范性文件列表"), p.officeDept());
        normative.put("normative", true);
        normative.put("genre", "办法");
        long id = Portal.draft(p.office(), normative);
        Portal.act(p.office(), id, "register", null).then().statusCode(200);
        Portal.act(p.office(), id, "publish", null).then().statusCode(200);
        Server.api().get("/api/disclosures/normative?size=100").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.registrationNumber", matchesPattern(".+〔\\d{4}〕\\d+号"))
                .body("items.find { it.id == " + id + " }.validityName", equalTo("有效"))
                .body("items.findAll { it.registrationNumber == null }", equalTo(List.of()));
        Server.api().get("/api/disclosures/normative?validity=SOMETIMES").then().statusCode(400).body("errors.field", hasItem("validity"));
    }
}
