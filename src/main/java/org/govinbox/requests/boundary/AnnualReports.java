package org.govinbox.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.entity.DepartmentKind;
import org.govinbox.disclosure.boundary.Disclosures;
import org.govinbox.disclosure.boundary.ItemInput;
import org.govinbox.disclosure.boundary.PortalFigures;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.entity.Refused;
import org.govinbox.requests.control.RequestTally;
import org.govinbox.requests.entity.AnnualFigure;
import org.govinbox.requests.entity.AnnualReportPublication;
import org.govinbox.requests.entity.ApplicantType;
import org.govinbox.requests.entity.DisclosureRequest;
import org.govinbox.requests.entity.Outcome;
import org.govinbox.requests.entity.Remedy;

/**
 * The annual disclosure report (政府信息公开工作年度报告) of a year, computed in the national template's tables
 * (国办公开办函〔2021〕30号): 二 proactive disclosure (normative documents from the portal; rules, licensing, penalty,
 * enforcement and fee figures entered by staff), 三 the requests (Y1–Y4 of {@link RequestTally}), 四 the
 * reconsiderations and lawsuits filed in the year with their result as it stood at the year's end; published with
 * one action as a disclosure item of the 政府信息公开年报 column.
 * <p>
 * AR1 every figure staff enter is a number not below zero, fees in 万元 with up to four decimals; AR2 a year is
 * published once; AR3 a remedy concluded after the year counts as 尚未审结 in that year's table.
 */
@ApplicationScoped
public class AnnualReports {

    /** The figures of table 二 staff enter, with their labels. */
    public static final Map<String, String> ENTERED = new LinkedHashMap<>();

    static {
        ENTERED.put("rulesIssued", "规章 本年制发件数");
        ENTERED.put("rulesRepealed", "规章 本年废止件数");
        ENTERED.put("rulesValid", "规章 现行有效件数");
        ENTERED.put("licensing", "行政许可 本年处理决定数量");
        ENTERED.put("penalty", "行政处罚 本年处理决定数量");
        ENTERED.put("enforcement", "行政强制 本年处理决定数量");
        ENTERED.put("fees", "行政事业性收费 本年收费金额（万元）");
    }

    public record Report(int year, String organisation, Map<String, Map<String, Object>> table2,
                         Map<String, Object> table3, Map<String, Map<String, Long>> table4, boolean balanced,
                         Long publishedItem, Map<String, String> outcomes, Map<String, String> applicants) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalFigures portal;

    @Inject
    Disclosures disclosures;

    @Inject
    Departments departments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.organisation.name")
    String organisation;

    @Inject
    @ConfigProperty(name = "govinbox.requests.report-domain", defaultValue = "ANNUAL_REPORTS")
    String domain;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report of(int year) {
        if (year < 2008 || year > LocalDate.now(clock).getYear()) {
            throw ProblemException.invalid("year", "年份须在 2008 年到今年之间");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<RequestTally.Row> rows = em.createQuery("SELECT d.applicantType, d.receivedOn, d.decidedOn, d.outcome "
                        + "FROM DisclosureRequest d WHERE d.receivedOn <= :last AND (d.decidedOn IS NULL OR d.decidedOn >= :first)",
                        Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultStream()
                .map(d -> new RequestTally.Row((ApplicantType) d[0], (LocalDate) d[1], (LocalDate) d[2],
                        Outcome.of((String) d[3]).orElse(null)))
                .toList();
        RequestTally.Table t3 = RequestTally.of(year, rows);
        Map<String, Object> table3 = new LinkedHashMap<>();
        table3.put("newThisYear", t3.newThisYear());
        table3.put("carriedOver", t3.carriedOver());
        table3.put("results", t3.results());
        table3.put("carriedForward", t3.carriedForward());

        Map<String, BigDecimal> entered = entered(year);
        PortalFigures.Normative normative = portal.normative(year);
        Map<String, Map<String, Object>> table2 = new LinkedHashMap<>();
        table2.put("rules", row("issued", whole(entered, "rulesIssued"), "repealed", whole(entered, "rulesRepealed"),
                "valid", whole(entered, "rulesValid")));
        table2.put("normativeDocuments", row("issued", normative.issued(), "repealed", normative.repealed(), "valid",
                normative.valid()));
        table2.put("licensing", row("decisions", whole(entered, "licensing")));
        table2.put("penalty", row("decisions", whole(entered, "penalty")));
        table2.put("enforcement", row("decisions", whole(entered, "enforcement")));
        table2.put("fees", row("amount", entered.getOrDefault("fees", BigDecimal.ZERO).stripTrailingZeros()));

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.code(), o.fullLabel());
        }
        Map<String, String> applicants = new LinkedHashMap<>();
        for (ApplicantType a : ApplicantType.values()) {
            applicants.put(a.name(), a.label());
        }
        AnnualReportPublication published = em.find(AnnualReportPublication.class, year);
        return new Report(year, organisation, table2, table3, table4(first, last), t3.balanced(),
                published == null ? null : published.item(), outcomes, applicants);
    }

    /** AR3 */
    private Map<String, Map<String, Long>> table4(LocalDate first, LocalDate last) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (Remedy.Kind k : Remedy.Kind.values()) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (Remedy.Result r : Remedy.Result.values()) {
                row.put(r.name(), 0L);
            }
            row.put(RequestTally.TOTAL, 0L);
            table.put(key(k), row);
        }
        em.createQuery("SELECT DISTINCT d.caseId FROM DisclosureRequest d JOIN d.remedies r WHERE r.filedOn >= :first "
                        + "AND r.filedOn <= :last", Long.class)
                .setParameter("first", first).setParameter("last", last).getResultStream()
                .flatMap(id -> em.find(DisclosureRequest.class, id).remedies().stream())
                .filter(r -> !r.filedOn().isBefore(first) && !r.filedOn().isAfter(last))
                .forEach(r -> {
                    Remedy.Result result = r.concludedOn() != null && r.concludedOn().isAfter(last) ? Remedy.Result.PENDING : r.result();
                    Map<String, Long> row = table.get(key(r.kind()));
                    row.merge(result.name(), 1L, Long::sum);
                    row.merge(RequestTally.TOTAL, 1L, Long::sum);
                });
        return table;
    }

    static String key(Remedy.Kind kind) {
        return switch (kind) {
            case RECONSIDERATION -> "reconsideration";
            case LITIGATION -> "litigation";
            case LITIGATION_AFTER_RECONSIDERATION -> "litigationAfterReconsideration";
        };
    }

    /** AR1: the figures given replace those entered before; a figure not given stays. */
    @Transactional
    public Report enter(int year, Map<String, Object> figures, String actor) {
        of(year);
        if (figures == null || figures.isEmpty()) {
            throw ProblemException.invalid("figures", "请填写至少一项数字");
        }
        List<org.govinbox.platform.boundary.Problem.FieldError> errors = new java.util.ArrayList<>();
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        figures.forEach((name, value) -> {
            if (!ENTERED.containsKey(name)) {
                errors.add(new org.govinbox.platform.boundary.Problem.FieldError(name, "没有这一项：" + name
                        + "（可填 " + String.join("、", ENTERED.keySet()) + "）"));
                return;
            }
            BigDecimal amount;
            try {
                amount = value == null ? null : new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                amount = null;
            }
            boolean fee = name.equals("fees");
            if (amount == null || amount.signum() < 0 || (!fee && amount.stripTrailingZeros().scale() > 0)
                    || (fee && amount.stripTrailingZeros().scale() > 4) || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
                errors.add(new org.govinbox.platform.boundary.Problem.FieldError(name, ENTERED.get(name)
                        + (fee ? "须为不小于 0 的数（万元，最多 4 位小数）" : "须为不小于 0 的整数")));
                return;
            }
            checked.put(name, amount);
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下数字：" + String.join("、", errors.stream()
                    .map(e -> ENTERED.getOrDefault(e.field(), e.field())).toList()), errors);
        }
        Instant now = clock.instant();
        checked.forEach((name, amount) -> {
            AnnualFigure f = em.find(AnnualFigure.class, new AnnualFigure.Key(year, name));
            if (f == null) {
                em.persist(new AnnualFigure(year, name, amount, actor, now));
            } else {
                f.change(amount, actor, now);
            }
        });
        audit.record(actor, "annual-report.figures", "annual-report", String.valueOf(year),
                org.govinbox.accounts.entity.AuditEvent.Result.SUCCESS, String.join(",", checked.keySet()));
        em.flush();
        return of(year);
    }

    /** AR2: the report becomes a disclosure item of the annual reports' column, published by the government office. */
    @Transactional
    public Report publish(int year, String actor) {
        Report report = of(year);
        if (report.publishedItem() != null) {
            throw new Refused(year + " 年度报告已发布（信息编号 " + report.publishedItem() + "）");
        }
        if (year >= LocalDate.now(clock).getYear()) {
            throw new Refused(year + " 年尚未结束，年度报告在次年 1 月发布");
        }
        String office = departments.all().stream().filter(d -> d.kind() == DepartmentKind.OFFICE).findFirst()
                .map(Departments.DepartmentView::code)
                .orElseThrow(() -> new Refused("请先由管理员设置政府办（类型为政府办的部门），年度报告以其名义发布"));
        ItemInput input = new ItemInput();
        input.title = organisation + year + "年政府信息公开工作年度报告";
        input.publisher = office;
        input.writtenOn = LocalDate.now(clock).toString();
        input.domain = domain;
        input.keywords = "政府信息公开,年度报告," + year;
        input.summary = year + "年政府信息公开工作年度报告（依国办公开办函〔2021〕30号格式）";
        input.body = AnnualReportTables.html(report);
        input.normative = false;
        long item = disclosures.publishDecided(input, actor);
        em.persist(new AnnualReportPublication(year, item, actor, clock.instant()));
        audit.record(actor, "annual-report.publish", "annual-report", String.valueOf(year),
                org.govinbox.accounts.entity.AuditEvent.Result.SUCCESS, String.valueOf(item));
        em.flush();
        return of(year);
    }

    private Map<String, BigDecimal> entered(int year) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM AnnualFigure f WHERE f.year = :year", AnnualFigure.class).setParameter("year", year)
                .getResultStream().forEach(f -> values.put(f.figure(), f.amount()));
        return values;
    }

    private static long whole(Map<String, BigDecimal> entered, String name) {
        return entered.getOrDefault(name, BigDecimal.ZERO).longValue();
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
