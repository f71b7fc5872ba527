package org.govinbox.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** I1–I3: bulk import from CSV and XLSX: whole file or nothing, a report per rejected row, numbers kept. */
class ImportIT {

    private static final String HEADER = "索引号,标题,文号,发布机构,成文日期,发布日期,领域,主题分类,体裁,关键词,摘要,正文,有效性,公开属性\n";
    private static Portal.Publishers p;
    private static String agencyPublisher;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        p = Portal.Publishers.create();
        Server.as(p.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "IDXAGENCY", "name", "区财政局（独立机构代码）", "kind", "BUREAU"))
                .post("/api/departments").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        agencyPublisher = Server.staff(p.admin(), Server.unique("pubi"), "IDXAGENCY", "PUBLISHER");
    }

    static Map<String, Object> importFile(String token, String filename, byte[] content) {
        long id = Server.as(token).contentType("application/octet-stream").header("X-Filename", filename).body(content)
                .post("/api/disclosures/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        return org.awaitility.Awaitility.await("import " + id + " finished").atMost(java.time.Duration.ofMinutes(1))
                .until(() -> Server.as(token).get("/api/disclosures/imports/" + id).then().statusCode(200)
                        .extract().jsonPath().<String, Object>getMap("$"), job -> !Set.of("CHECKING", "IMPORTING").contains(job.get("state")));
    }

    private static List<Map<String, Object>> catalogueOf(String publisher) {
        return Server.api().get("/api/disclosures?publisher=" + publisher + "&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void aGoodCsvIsImportedWholeKeepingItsIndexNumbers() {
        String a = Server.unique("导入甲");
        String b = Server.unique("导入乙");
        String csv = HEADER
                + "91610302MB2960123X/2025-00077," + a + ",宝渭财发〔2025〕3号,IDXAGENCY,2025-03-01,2025-03-10,财政预决算,财政,公告,预算,摘要,<p>正文甲</p>,有效,主动公开\n"
                + "," + b + ",,区财政局（独立机构代码）,2025/3/2,2025年3月20日,BUDGET,,通知,,,\"<p>正文乙，含逗号</p>\",VALID,PROACTIVE\n";
        Map<String, Object> job = importFile(agencyPublisher, "目录.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("DONE", job.get("state"), job.toString());
        assertEquals(2, job.get("imported"));
        assertEquals(2, job.get("totalRows"));
        Map<String, String> numbers = catalogueOf("IDXAGENCY").stream()
                .collect(Collectors.toMap(i -> (String) i.get("title"), i -> (String) i.get("indexNumber")));
        assertEquals("91610302MB2960123X/2025-00077", numbers.get(a), "an index number from the file is kept");
        assertEquals("91610302MB2960123X/2025-00078", numbers.get(b), "the series continues after the imported number");
        long id = Server.api().get("/api/disclosures?q=" + b).then().extract().jsonPath().getLong("items[0].id");
        Server.api().get("/api/disclosures/" + id).then().statusCode(200).body("writtenOn", equalTo("2025-03-02"))
                .body("publishedOn", equalTo("2025-03-20")).body("body", equalTo("<p>正文乙，含逗号</p>"));

        String again = HEADER + "91610302MB2960123X/2025-00077," + Server.unique("重号") + ",,IDXAGENCY,2025-03-01,2025-03-10,BUDGET,,,,,,,\n";
        Map<String, Object> duplicate = importFile(agencyPublisher, "again.csv", again.getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", duplicate.get("state"));
        assertTrue(duplicate.get("errors").toString().contains("已被使用"), duplicate.toString());
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithAReportPerRow() {
        String good = Server.unique("好行");
        String csv = HEADER
                + "," + good + ",,IDXAGENCY,2025-04-01,2025-04-02,BUDGET,,,,,正文,,\n"
                + "," + Server.unique("坏日期") + ",,IDXAGENCY,2025-02-30,2025-04-02,BUDGET,,,,,正文,,\n"
                + "," + Server.unique("坏领域") + ",,IDXAGENCY,2025-04-01,2025-04-02,天文,,,,,正文,,\n"
                + "1600521X6/2025-1," + Server.unique("坏索引") + ",宝渭财发51号,NOBODY,2025-04-01,2025-03-01,BUDGET,,,,"
                + "字".repeat(101) + ",正文,永久,\n";
        Map<String, Object> job = importFile(agencyPublisher, "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", job.get("state"));
        assertEquals(0, job.get("imported"));
        assertEquals(3, job.get("rejected"));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) job.get("errors");
        Set<String> rowsAndFields = errors.stream().map(e -> e.get("row") + ":" + e.get("field")).collect(Collectors.toSet());
        assertTrue(rowsAndFields.containsAll(Set.of("3:writtenOn", "4:domain", "5:indexNumber", "5:documentNumber",
                "5:publisher", "5:summary", "5:validity")), rowsAndFields.toString());
        // a publisher reads the columns of their own file, not the API's field names
        Set<String> rowsAndColumns = errors.stream().map(e -> e.get("row") + ":" + e.get("column")).collect(Collectors.toSet());
        assertTrue(rowsAndColumns.containsAll(Set.of("3:成文日期", "4:领域", "5:索引号", "5:文号", "5:发布机构", "5:摘要", "5:有效性")),
                rowsAndColumns.toString());
        assertTrue(catalogueOf("IDXAGENCY").stream().noneMatch(i -> good.equals(i.get("title"))),
                "the good row was not imported either");

        Map<String, Object> headerless = importFile(agencyPublisher, "x.csv", "名字,日期\na,b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", headerless.get("state"));
        assertTrue(headerless.get("errors").toString().contains("缺少必需的列"), headerless.toString());
        assertTrue(headerless.get("errors").toString().contains("缺少必需的列：成文日期"), headerless.toString());
        List<Map<String, Object>> headerErrors = (List<Map<String, Object>>) headerless.get("errors");
        assertFalse(headerErrors.stream().anyMatch(e -> (e.get("message") + "|" + e.get("column")).contains("writtenOn")),
                "what the publisher reads names the file's columns: " + headerErrors);
        Server.as(agencyPublisher).contentType("application/octet-stream").header("X-Filename", "x.pdf")
                .body("%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1)).post("/api/disclosures/imports").then().statusCode(415);
    }

    @Test
    void aBureauImportsOnlyItsOwnItems() {
        String csv = HEADER + "," + Server.unique("越权") + ",," + p.officeDept() + ",2025-04-01,2025-04-02,BUDGET,,,,,正文,,\n";
        Map<String, Object> job = importFile(p.bureau(), "scope.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", job.get("state"));
        assertTrue(job.get("errors").toString().contains("只能导入本部门"), job.toString());
    }

    @Test
    void theDownloadedTemplateNamesTheColumnsAndItsExampleRowImports() {
        String template = Server.as(p.office()).accept("*/*").get("/api/disclosures/imports/template?format=csv").then()
                .statusCode(200).extract().asString();
        String[] lines = template.replace("\uFEFF", "").split("\r?\n");
        assertEquals("索引号,标题,文号,发布机构,成文日期,发布日期,领域,主题分类,体裁,关键词,摘要,正文,有效性,公开属性,规范性文件,登记编号", lines[0]);
        String title = Server.unique("模板示例");
        String filled = lines[0] + "\n" + lines[1].replace("关于做好2026年度政务公开工作的通知", title) + "\n";
        Map<String, Object> job = importFile(p.office(), "模板.csv", filled.getBytes(StandardCharsets.UTF_8));
        assertEquals("DONE", job.get("state"), job.toString());
        assertEquals(1, job.get("imported"));
    }

    @Test
    void anXlsxWorkbookWithDateCells() throws IOException {
        String title = Server.unique("表格导入");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("目录");
            String[] header = {"标题", "发布机构", "成文日期", "发布日期", "领域", "体裁", "正文"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            for (int r = 1; r <= 30; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(title + "第" + r + "号");
                row.createCell(1).setCellValue(p.bureauDept());
                row.createCell(2).setCellValue(LocalDate.of(2024, 5, 6));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(LocalDate.of(2024, 5, 20));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue("环境保护");
                row.createCell(5).setCellValue("公告");
                row.createCell(6).setCellValue("<p>环境质量公告</p>");
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Map<String, Object> job = importFile(p.bureau(), "目录.xlsx", xlsx);
        assertEquals("DONE", job.get("state"), job.toString());
        assertEquals(30, job.get("imported"));
        List<Map<String, Object>> items = Server.api().get("/api/disclosures?q=" + title + "&size=100").then()
                .extract().jsonPath().getList("items");
        assertEquals(30, items.size());
        assertTrue(items.stream().allMatch(i -> "2024-05-20".equals(i.get("publishedOn"))
                && "ENVIRONMENT".equals(i.get("domain")) && ((String) i.get("indexNumber")).startsWith("1600521X6/2024-")));
    }
}
