package org.govinbox.requests.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govinbox.requests.control.RequestTally;
import org.govinbox.requests.entity.Outcome;
import org.jsoup.nodes.Entities;

/**
 * The annual report's tables 二, 三 and 四 laid out as the national template has them (国办公开办函〔2021〕30号):
 * the same rows and columns for the published HTML and for the XLSX download.
 */
final class AnnualReportTables {

    /** One table: its heading, header rows (each cell with how many columns it spans) and body rows. */
    record Block(String heading, List<List<Cell>> header, List<List<Object>> rows) {
    }

    record Cell(String text, int span) {
    }

    static final List<String> APPLICANT_LABELS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    static final List<String> COLUMNS = List.of("PERSON", "COMMERCIAL", "RESEARCH", "NON_PROFIT", "LEGAL_SERVICE", "OTHER", RequestTally.TOTAL);
    static final List<String> RESULTS = List.of("MAINTAINED", "CORRECTED", "OTHER", "PENDING", RequestTally.TOTAL);

    private AnnualReportTables() {
    }

    @SuppressWarnings("unchecked")
    static List<Block> blocks(AnnualReports.Report r) {
        List<Block> blocks = new ArrayList<>();
        Map<String, Map<String, Object>> t2 = r.table2();
        blocks.add(new Block("二、主动公开政府信息情况（第二十条第（一）项）",
                List.of(List.of(new Cell("信息内容", 1), new Cell("本年制发件数", 1), new Cell("本年废止件数", 1), new Cell("现行有效件数", 1))),
                List.of(List.of("规章", t2.get("rules").get("issued"), t2.get("rules").get("repealed"), t2.get("rules").get("valid")),
                        List.of("行政规范性文件", t2.get("normativeDocuments").get("issued"), t2.get("normativeDocuments").get("repealed"),
                                t2.get("normativeDocuments").get("valid")))));
        blocks.add(new Block("第二十条第（五）项", List.of(List.of(new Cell("信息内容", 1), new Cell("本年处理决定数量", 1))),
                List.of(List.of("行政许可", t2.get("licensing").get("decisions")))));
        blocks.add(new Block("第二十条第（六）项", List.of(List.of(new Cell("信息内容", 1), new Cell("本年处理决定数量", 1))),
                List.of(List.of("行政处罚", t2.get("penalty").get("decisions")), List.of("行政强制", t2.get("enforcement").get("decisions")))));
        blocks.add(new Block("第二十条第（八）项", List.of(List.of(new Cell("信息内容", 1), new Cell("本年收费金额（单位：万元）", 1))),
                List.of(List.of("行政事业性收费", t2.get("fees").get("amount")))));

        Map<String, Object> t3 = r.table3();
        Map<String, Map<String, Long>> results = (Map<String, Map<String, Long>>) t3.get("results");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(line("一、本年新收政府信息公开申请数量", (Map<String, Long>) t3.get("newThisYear")));
        rows.add(line("二、上年结转政府信息公开申请数量", (Map<String, Long>) t3.get("carriedOver")));
        String group = null;
        for (Outcome o : Outcome.values()) {
            if (!o.group().equals(group)) {
                group = o.group();
                if (!group.equals("一") && !group.equals("二")) {
                    rows.add(line("三、本年度办理结果 （" + group + "）" + Outcome.GROUPS.get(group), null));
                }
            }
            String label = switch (o.group()) {
                case "一", "二" -> "三、本年度办理结果 （" + o.group() + "）" + Outcome.GROUPS.get(o.group());
                default -> "　　" + o.code().substring(2) + ". " + o.label();
            };
            rows.add(line(label, results.get(o.code())));
        }
        rows.add(line("三、本年度办理结果 （七）总计", results.get(RequestTally.RESULTS_TOTAL)));
        rows.add(line("四、结转下年度继续办理", (Map<String, Long>) t3.get("carriedForward")));
        List<Cell> top = List.of(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 1),
                new Cell("申请人情况：自然人", 1), new Cell("法人或其他组织", 5), new Cell("总计", 1));
        List<Cell> second = new ArrayList<>();
        second.add(new Cell("", 1));
        APPLICANT_LABELS.forEach(l -> second.add(new Cell(l, 1)));
        blocks.add(new Block("三、收到和处理政府信息公开申请情况", List.of(top, second), rows));

        List<Cell> kinds = List.of(new Cell("行政复议", 5), new Cell("行政诉讼：未经复议直接起诉", 5), new Cell("行政诉讼：复议后起诉", 5));
        List<Cell> labels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计").forEach(l -> labels.add(new Cell(l, 1)));
        }
        List<Object> remedies = new ArrayList<>();
        for (String kind : List.of("reconsideration", "litigation", "litigationAfterReconsideration")) {
            RESULTS.forEach(k -> remedies.add(r.table4().get(kind).get(k)));
        }
        blocks.add(new Block("四、政府信息公开行政复议、行政诉讼情况", List.of(kinds, labels), List.of(remedies)));
        return blocks;
    }

    private static List<Object> line(String label, Map<String, Long> row) {
        List<Object> line = new ArrayList<>();
        line.add(label);
        COLUMNS.forEach(c -> line.add(row == null ? "" : row.get(c)));
        return line;
    }

    /** The tables as HTML for the published item (escaped; the portal keeps only safe markup). */
    static String html(AnnualReports.Report r) {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(Entities.escape(r.organisation())).append(r.year())
                .append("年政府信息公开工作年度报告的统计表，按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，由平台依据本年度数据计算生成。</p>");
        for (Block b : blocks(r)) {
            html.append("<h2>").append(Entities.escape(b.heading())).append("</h2><table>");
            for (List<Cell> header : b.header()) {
                html.append("<tr>");
                header.forEach(c -> html.append(c.span() > 1 ? "<th colspan=\"" + c.span() + "\">" : "<th>")
                        .append(Entities.escape(c.text())).append("</th>"));
                html.append("</tr>");
            }
            for (List<Object> row : b.rows()) {
                html.append("<tr>");
                row.forEach(v -> html.append("<td>").append(Entities.escape(String.valueOf(v))).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.toString();
    }

    /** The tables in one worksheet, as the template lays them out. */
    static void xlsx(AnnualReports.Report r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "GovInbox", "1.0");
        Worksheet ws = wb.newWorksheet(r.year() + "年度报告");
        ws.width(0, 48);
        for (int c = 1; c < 16; c++) {
            ws.width(c, 12);
        }
        int row = 0;
        ws.value(row, 0, r.organisation() + r.year() + "年政府信息公开工作年度报告（统计表）");
        ws.style(row, 0).bold().fontSize(14).set();
        row += 2;
        for (Block b : blocks(r)) {
            ws.value(row, 0, b.heading());
            ws.style(row, 0).bold().set();
            row++;
            for (List<Cell> header : b.header()) {
                int col = 0;
                for (Cell cell : header) {
                    ws.value(row, col, cell.text());
                    if (cell.span() > 1) {
                        ws.range(row, col, row, col + cell.span() - 1).merge();
                    }
                    ws.range(row, col, row, col + cell.span() - 1).style().bold().horizontalAlignment("center")
                            .wrapText(true).borderStyle("thin").set();
                    col += cell.span();
                }
                row++;
            }
            for (List<Object> line : b.rows()) {
                for (int c = 0; c < line.size(); c++) {
                    Object v = line.get(c);
                    if (v instanceof Number n) {
                        ws.value(row, c, n);
                    } else if (v != null && !v.toString().isEmpty()) {
                        ws.value(row, c, v.toString());
                    }
                    ws.style(row, c).borderStyle("thin").set();
                }
                row++;
            }
            row++;
        }
        ws.value(row, 0, r.balanced() ? "勾稽关系核对：一 + 二 = 三（七）总计 + 四，各列均成立。"
                : "勾稽关系核对未通过：请核查数据。");
        wb.finish();
    }
}
