package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.entity.Role;
import org.govinbox.disclosure.boundary.Disclosures;
import org.govinbox.disclosure.boundary.PortalFigures;
import org.govinbox.platform.boundary.DateParameter;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.Spreadsheets;

/**
 * {@code /api/stats}: the dashboard's figures (R1–R4) by department, type, mailbox, category and month, with their
 * exports; the console's work queue (R5); the public statistics (R6) and the year's figures (R7). A handler sees
 * their department's figures only; the government office and the auditors see all.
 */
@Path("stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "统计 Statistics")
public class DashboardResource {

    /** The question of a figures table, as query parameters (the table and its export take the same). */
    public static class Filter {
        @QueryParam("type") public String type;
        @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "from 须为日期，如 2026-01-01") public String from;
        @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "to 须为日期，如 2026-12-31") public String to;
        @QueryParam("groupBy") @Pattern(regexp = "(?i)(department|month|channel|category|type)(,(department|month|channel|category|type))?",
                message = "groupBy 须为 department、month、channel、category 或 type（至多两项，以逗号分隔）") public String groupBy;
        @QueryParam("department") public String department;
    }

    public record Portal(int year, List<PortalFigures.DomainMonth> published, List<Disclosures.Timeliness> timeliness) {
    }

    @Inject
    CaseStats stats;

    @Inject
    WorkQueue queue;

    @Inject
    PublicStats publicStats;

    @Inject
    YearReport years;

    @Inject
    PortalFigures portal;

    @Inject
    org.govinbox.casework.boundary.CaseTypes types;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("cases")
    @Allowed({Role.DISPATCHER, Role.HANDLER, Role.AUDITOR})
    @Operation(summary = "办理统计 On-time figures of cases received in a period, grouped",
            description = "type (default: every type), from/to (days of receipt, default this year), groupBy = one or "
                    + "two of department, month, channel, category, type (comma-separated; none: only the total), "
                    + "department (the office's filter; a handler always gets their own). Rows: received, replied, "
                    + "onTime, late, pending, onTimeRate (0–1, null when nothing counts), overdue, open, acceptedOnTime, "
                    + "acceptedLate, acceptRate, rehandled, rated, satisfied, basicallySatisfied, dissatisfied, "
                    + "satisfactionRate; definitions: the rules, as on the page")
    public CaseStats.Table cases(@jakarta.validation.Valid @BeanParam Filter filter) {
        return stats.of(question(filter));
    }

    @GET
    @Path("cases/export")
    @Allowed({Role.DISPATCHER, Role.HANDLER, Role.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheets.XLSX})
    @Operation(summary = "导出办理统计 The figures table as CSV or XLSX, with the same parameters",
            description = "format=csv|xlsx")
    public Response casesExport(@jakarta.validation.Valid @BeanParam Filter filter,
                                @QueryParam("format") @Pattern(regexp = "csv|xlsx", message = "format 须为 csv 或 xlsx") String format) {
        CaseStats.Table table = stats.of(question(filter));
        List<String> headers = new ArrayList<>(List.of(table.groupBy().isEmpty() ? "范围"
                : String.join(" · ", table.groupBy().stream().map(g -> CaseStats.GroupBy.valueOf(g).label()).toList())));
        headers.addAll(List.of("收件", "已答复", "按期", "逾期", "办理中未到期", "按期答复率", "已超期未答复", "在办",
                "按期受理", "逾期受理", "按期受理率", "重办", "已评价", "满意", "基本满意", "不满意", "满意率"));
        return Spreadsheets.download(format, "办理统计", headers, sink -> {
            table.rows().forEach(r -> sink.accept(cells(r)));
            sink.accept(cells(table.total()));
        });
    }

    private static List<Object> cells(CaseStats.Row r) {
        return Arrays.asList(r.name(), r.received(), r.replied(), r.onTime(), r.late(), r.pending(), percent(r.onTimeRate()),
                r.overdue(), r.open(), r.acceptedOnTime(), r.acceptedLate(), percent(r.acceptRate()), r.rehandled(),
                r.rated(), r.satisfied(), r.basicallySatisfied(), r.dissatisfied(), percent(r.satisfactionRate()));
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : YearReport.percent(rate);
    }

    @GET
    @Path("queue")
    @Allowed({Role.DISPATCHER, Role.HANDLER})
    @Operation(summary = "待办 What waits on the signed-in person: counts per type and state, due soon, overdue, past the "
            + "3-month red line; each entry's filter is the query of GET /api/cases behind it")
    public WorkQueue.Queue queue() {
        return queue.ofCaller();
    }

    @GET
    @Path("portal")
    @Allowed({Role.DISPATCHER, Role.AUDITOR, Role.PUBLISHER})
    @Operation(summary = "政府信息公开统计 Items published per key domain and month, and the publishing timeliness per "
            + "department (Regulations Art. 26: within 20 working days), for a year")
    public Portal portal(@QueryParam("year") @Pattern(regexp = "\\d{4}", message = "year 须为四位年份") String year) {
        int y = year(year);
        return new Portal(y, portal.byDomainAndMonth(y), portal.timeliness(y, null));
    }

    @GET
    @Path("portal/export")
    @Allowed({Role.DISPATCHER, Role.AUDITOR, Role.PUBLISHER})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheets.XLSX})
    @Operation(summary = "导出政府信息公开统计 Items published per domain and month, then the timeliness per department, as "
            + "CSV or XLSX", description = "year, format=csv|xlsx")
    public Response portalExport(@QueryParam("year") @Pattern(regexp = "\\d{4}", message = "year 须为四位年份") String year,
                                 @QueryParam("format") @Pattern(regexp = "csv|xlsx", message = "format 须为 csv 或 xlsx") String format) {
        Portal p = portal(year);
        List<String> headers = new ArrayList<>(List.of("领域"));
        for (int m = 1; m <= 12; m++) {
            headers.add(m + "月");
        }
        headers.add("合计");
        return Spreadsheets.download(format, p.year() + "年政府信息公开统计", headers, sink -> {
            java.util.Map<String, List<PortalFigures.DomainMonth>> byDomain = new java.util.LinkedHashMap<>();
            p.published().forEach(d -> byDomain.computeIfAbsent(d.domainName(), k -> new ArrayList<>()).add(d));
            byDomain.forEach((domain, months) -> {
                List<Object> row = new ArrayList<>(List.of(domain));
                months.forEach(m -> row.add(m.published()));
                row.add(months.stream().mapToLong(PortalFigures.DomainMonth::published).sum());
                sink.accept(row);
            });
            sink.accept(Arrays.asList("发布机构", "发布条数", "按时", "超期", "平均工作日"));
            p.timeliness().forEach(t -> sink.accept(Arrays.asList(t.publisherName(), t.published(), t.inTime(), t.late(),
                    t.averageWorkingDays())));
        });
    }

    @GET
    @Path("year/{year}")
    @Allowed({Role.DISPATCHER, Role.AUDITOR, Role.PUBLISHER, Role.ADMIN})
    @Operation(summary = "年度数据 The year's figures (items published, letters per mailbox replied on time, other case "
            + "types, normative documents issued and cleaned up) and a paragraph in the style of the annual report")
    public YearReport.Figures yearFigures(@PathParam("year") String year) {
        return years.of(year(year));
    }

    @GET
    @Path("year/{year}/export")
    @Allowed({Role.DISPATCHER, Role.AUDITOR, Role.PUBLISHER, Role.ADMIN})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheets.XLSX})
    @Operation(summary = "导出年度数据 The year's figures as CSV or XLSX", description = "format=csv|xlsx")
    public Response yearExport(@PathParam("year") String year,
                               @QueryParam("format") @Pattern(regexp = "csv|xlsx", message = "format 须为 csv 或 xlsx") String format) {
        YearReport.Figures f = years.of(year(year));
        return Spreadsheets.download(format, f.year() + "年度数据", List.of("项目", "数量", "按期", "逾期", "办理中", "按期答复率"),
                sink -> {
                    sink.accept(Arrays.asList("主动公开政府信息（条）", f.itemsPublished(), null, null, null, null));
                    for (YearReport.Cases c : f.mailboxes()) {
                        sink.accept(Arrays.asList(c.name() + "来信（件）", c.received(), c.onTime(), c.late(), c.pending(),
                                percent(c.onTimeRate())));
                    }
                    for (YearReport.Cases c : f.others()) {
                        sink.accept(Arrays.asList(c.name() + "（件）", c.received(), c.onTime(), c.late(), c.pending(),
                                percent(c.onTimeRate())));
                    }
                    sink.accept(Arrays.asList("审核规范性文件（件）", f.normativeIssued(), null, null, null, null));
                    sink.accept(Arrays.asList("清理规范性文件（件）", f.cleanedUp(), null, null, null, null));
                    sink.accept(Arrays.asList("其中继续有效", f.kept(), null, null, null, null));
                    sink.accept(Arrays.asList("其中拟修改", f.amended(), null, null, null, null));
                    sink.accept(Arrays.asList("其中拟废止", f.repealed(), null, null, null, null));
                });
    }

    @GET
    @Path("public")
    @Public
    @Operation(summary = "办件统计（公开） The mailboxes' figures per month and mailbox for a year, without sign-in",
            description = "year (default this year); months: grouped by month and mailbox; mailboxes: per mailbox")
    public PublicStats.Figures publicFigures(@QueryParam("year") @Pattern(regexp = "\\d{4}", message = "year 须为四位年份") String year) {
        return publicStats.of(year(year));
    }

    @GET
    @Path("public/export")
    @Public
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheets.XLSX})
    @Operation(summary = "导出办件统计（公开） The public figures per month and mailbox as CSV or XLSX", description = "year, format=csv|xlsx")
    public Response publicExport(@QueryParam("year") @Pattern(regexp = "\\d{4}", message = "year 须为四位年份") String year,
                                 @QueryParam("format") @Pattern(regexp = "csv|xlsx", message = "format 须为 csv 或 xlsx") String format) {
        PublicStats.Figures f = publicStats.of(year(year));
        return Spreadsheets.download(format, f.year() + "年办件统计", List.of("月份 · 信箱", "收到来信", "已答复", "按期答复",
                "逾期", "按期答复率", "满意率"), sink -> {
                    f.months().rows().forEach(r -> sink.accept(publicCells(r)));
                    f.mailboxes().rows().forEach(r -> sink.accept(publicCells(r)));
                    sink.accept(publicCells(f.mailboxes().total()));
                });
    }

    private static List<Object> publicCells(CaseStats.Row r) {
        return Arrays.asList(r.name(), r.received(), r.replied(), r.onTime(), r.late(), percent(r.onTimeRate()),
                percent(r.satisfactionRate()));
    }

    @GET
    @Path("public/letters")
    @Public
    @Operation(summary = "办件公示（公开） The letters of a year that were replied: 受理日期, 答复日期, 答复部门, category; title "
            + "and content only when published with the writer's consent; no personal data")
    public Page<PublicStats.Letter> publicLetters(@QueryParam("year") @Pattern(regexp = "\\d{4}", message = "year 须为四位年份") String year,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return publicStats.letters(year(year), PageRequest.of(page, size));
    }

    private CaseStats.Question question(Filter f) {
        int thisYear = LocalDate.now(clock).getYear();
        LocalDate from = DateParameter.of("from", f.from, LocalDate.of(thisYear, 1, 1));
        LocalDate to = DateParameter.of("to", f.to, LocalDate.of(thisYear, 12, 31));
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "结束日期不能早于开始日期");
        }
        String type = f.type == null || f.type.isBlank() ? null : f.type.trim().toUpperCase(Locale.ROOT);
        if (type != null && types.all().stream().noneMatch(t -> t.code().equals(type))) {
            throw ProblemException.invalid("type", "没有「" + f.type + "」这种事项类型");
        }
        List<CaseStats.GroupBy> groupBy = f.groupBy == null || f.groupBy.isBlank() ? List.of()
                : Arrays.stream(f.groupBy.split(",")).map(g -> CaseStats.GroupBy.valueOf(g.trim().toUpperCase(Locale.ROOT))).toList();
        String department = f.department == null || f.department.isBlank() ? null : f.department.trim();
        if (!caller.holdsAny(Role.DISPATCHER, Role.AUDITOR)) {
            // a handler sees their own department's figures, whatever they ask for
            department = caller.departmentCode() == null ? "\u0000" : caller.departmentCode();
        }
        return new CaseStats.Question(type, from, to, groupBy, department);
    }

    private int year(String year) {
        if (year == null || year.isBlank()) {
            return LocalDate.now(clock).getYear();
        }
        if (!year.matches("\\d{4}")) {
            throw ProblemException.invalid("year", "year 须为四位年份");
        }
        int y = Integer.parseInt(year);
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "年份须在 2000 至 2100 之间");
        }
        return y;
    }
}
