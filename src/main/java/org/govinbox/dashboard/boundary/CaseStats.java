package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.entity.Workflow;

/**
 * The on-time figures of cases, one grouped query over the facts each case keeps (casework C8), for a period and
 * one or every case type, grouped by one or two of: department, month, channel (the mailbox), category, type.
 * <p>
 * R1 population: the cases received in the period (its days in China time), not rejected and not duplicates.
 * R2 on time: the first reply went out on or before the due date it answered; late: it went out after it, or none
 * went out and that due date has passed; pending: none went out and it is not yet due (or no reply is owed yet —
 * a case still waiting to be accepted or assigned). The timeliness of a reply was frozen when it went out
 * (a due date moved by an approved extension counts as moved; a re-handling round does not touch the first reply).
 * R3 按期答复率 = on time ÷ (on time + late), null ("—") when nothing counts. R4 beside it: acceptance in time
 * (accepted within the acceptance limit ÷ accepted), re-handled cases (a second round after 不满意), and 满意率 =
 * (满意 + 基本满意) ÷ rated, by the first party's latest rating.
 */
@ApplicationScoped
public class CaseStats {

    public static final Map<String, String> DEFINITIONS = definitions();

    /** What the figures can be grouped by, and the column each is. */
    public enum GroupBy {
        DEPARTMENT("lead_department", "承办单位"), MONTH("received_month", "月份"), CHANNEL("channel", "渠道"),
        CATEGORY("category", "类别"), TYPE("case_type", "事项类型");

        final String column;
        final String label;

        GroupBy(String column, String label) {
            this.column = column;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One row of figures (a group, or the total). Rates from 0 to 1, four decimals; null when nothing counts. */
    @jakarta.json.bind.annotation.JsonbNillable
    public record Row(String key, String name, long received, long replied, long onTime, long late, long pending,
                      BigDecimal onTimeRate, long overdue, long open, long acceptedOnTime, long acceptedLate,
                      BigDecimal acceptRate, long rehandled, long rated, long satisfied, long basicallySatisfied,
                      long dissatisfied, BigDecimal satisfactionRate) {
    }

    public record Table(String type, String typeName, LocalDate from, LocalDate to, List<String> groupBy,
                        String department, List<Row> rows, Row total, Map<String, String> definitions) {
    }

    /** What is asked: the types (empty: all), the days of receipt, the grouping, and a department (a handler's own). */
    public record Question(String type, LocalDate from, LocalDate to, List<GroupBy> groupBy, String department) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes types;

    @Inject
    Departments departments;

    @Inject
    Clock clock;

    @Inject
    CaseFacts facts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Table of(Question q) {
        LocalDate today = LocalDate.now(clock);
        List<CaseType> wanted = q.type() == null ? types.all() : List.of(types.of(q.type()));
        Map<String, long[]> counted = facts != null && facts.ready()
                ? facts.tally(wanted.stream().map(CaseType::code).toList(), q.from(), q.to(), q.department(), q.groupBy(), today)
                : counted(q, wanted, today);
        Names names = new Names(wanted);
        Map<String, Row> rows = new LinkedHashMap<>();
        long[] sum = new long[11];
        counted.forEach((key, n) -> {
            for (int i = 0; i < 11; i++) {
                sum[i] += n[i];
            }
            if (!q.groupBy().isEmpty()) {
                String[] parts = key.split("\\|", -1);
                List<String> labels = new ArrayList<>();
                for (int g = 0; g < q.groupBy().size(); g++) {
                    labels.add(names.of(q.groupBy().get(g), parts[g].isEmpty() ? null : parts[g]));
                }
                rows.put(key, row(key, String.join(" · ", labels), n));
            }
        });
        if (q.groupBy().size() == 1 && q.groupBy().get(0) == GroupBy.MONTH) {
            fillMonths(rows, q.from(), q.to());
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(java.util.Comparator.comparing(Row::key));
        CaseType only = wanted.size() == 1 ? wanted.get(0) : null;
        return new Table(only == null ? null : only.code(), only == null ? "全部事项" : only.name(), q.from(), q.to(),
                q.groupBy().stream().map(Enum::name).toList(), q.department(), sorted, row("total", "合计", sum),
                DEFINITIONS);
    }

    /** The counters per group key, counted by the database (before the facts are in memory, and in the tests). */
    Map<String, long[]> counted(Question q, List<CaseType> wanted, LocalDate today) {
        String keys = q.groupBy().stream().map(g -> g.column).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT ").append(keys.isEmpty() ? "" : keys + ", ")
                .append("COUNT(*), ")
                .append("SUM(CASE WHEN first_reply_on_time IS NOT NULL THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN first_reply_on_time THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN first_reply_on_time IS NULL AND reply_due_on < ? THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN ").append(openStates(wanted)).append(" THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN accept_on_time THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN NOT accept_on_time THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN round_no > 1 THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN satisfaction = 'SATISFIED' THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END), ")
                .append("SUM(CASE WHEN satisfaction = 'DISSATISFIED' THEN 1 ELSE 0 END) ")
                .append("FROM case_item WHERE case_type IN (")
                .append(wanted.stream().map(t -> "?").collect(Collectors.joining(", ")))
                .append(") AND received_on >= ? AND received_on <= ? AND excluded = FALSE");
        if (q.department() != null) {
            sql.append(" AND lead_department = ?");
        }
        if (!keys.isEmpty()) {
            sql.append(" GROUP BY ").append(keys);
        }
        Query query = em.createNativeQuery(sql.toString());
        int p = 1;
        query.setParameter(p++, java.sql.Date.valueOf(today));
        for (CaseType t : wanted) {
            query.setParameter(p++, t.code());
        }
        query.setParameter(p++, java.sql.Date.valueOf(q.from()));
        query.setParameter(p++, java.sql.Date.valueOf(q.to()));
        if (q.department() != null) {
            query.setParameter(p, q.department());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = keys.isEmpty() ? List.<Object[]>of(single(query.getSingleResult()))
                : (List<Object[]>) query.getResultList();
        int k = q.groupBy().size();
        Map<String, long[]> counted = new LinkedHashMap<>();
        for (Object[] r : result) {
            long[] n = new long[11];
            for (int i = 0; i < 11; i++) {
                n[i] = r[k + i] == null ? 0 : ((Number) r[k + i]).longValue();
            }
            if (k == 0 && n[0] == 0) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                parts.add(r[g] == null ? "" : r[g].toString());
            }
            counted.put(String.join("|", parts), n);
        }
        return counted;
    }

    private static Object[] single(Object result) {
        return result instanceof Object[] a ? a : new Object[] {result};
    }

    /** The states in which a case still waits for the government, per type (from each type's workflow). */
    private static String openStates(List<CaseType> wanted) {
        List<String> parts = new ArrayList<>();
        for (CaseType t : wanted) {
            List<String> open = t.workflow().states().stream().filter(Workflow.State::open).map(Workflow.State::code)
                    .filter(s -> s.matches("[A-Z_]+")).map(s -> "'" + s + "'").toList();
            if (!open.isEmpty() && t.code().matches("[A-Z_]+")) {
                parts.add("(case_type = '" + t.code() + "' AND state IN (" + String.join(", ", open) + "))");
            }
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
    }

    private static void fillMonths(Map<String, Row> rows, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.plusMonths(120).isBefore(last)) {
            return;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            String key = String.valueOf(m.getYear() * 100 + m.getMonthValue());
            rows.computeIfAbsent(key, x -> row(x, monthName(x), new long[11]));
        }
    }

    static String monthName(String yyyymm) {
        return yyyymm.substring(0, 4) + "年" + Integer.parseInt(yyyymm.substring(4)) + "月";
    }

    private static Row row(String key, String name, long[] n) {
        long received = n[0], replied = n[1], onTime = n[2], overdue = n[3], open = n[4];
        long late = replied - onTime + overdue;
        long pending = received - replied - overdue;
        long rated = n[8] + n[9] + n[10];
        return new Row(key, name, received, replied, onTime, late, pending, rate(onTime, onTime + late), overdue, open,
                n[5], n[6], rate(n[5], n[5] + n[6]), n[7], rated, n[8], n[9], n[10], rate(n[8] + n[9], rated));
    }

    /** R3: a share from 0 to 1 with four decimals, or null when nothing is counted. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** The names a person reads for the codes a group key holds. */
    private final class Names {
        private final Map<String, String> departmentNames = new HashMap<>();
        private final List<CaseType> wanted;

        Names(List<CaseType> wanted) {
            this.wanted = wanted;
            departments.all().forEach(d -> departmentNames.put(d.code(), d.name()));
        }

        String of(GroupBy by, String value) {
            if (value == null) {
                return by == GroupBy.DEPARTMENT ? "未交办" : "—";
            }
            return switch (by) {
                case DEPARTMENT -> departmentNames.getOrDefault(value, value);
                case MONTH -> monthName(value);
                case CHANNEL -> wanted.stream().map(t -> t.policy().channels().get(value)).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(value);
                case CATEGORY -> wanted.stream().map(t -> t.policy().categories().get(value)).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(value);
                case TYPE -> wanted.stream().filter(t -> t.code().equals(value)).map(CaseType::name).findFirst().orElse(value);
            };
        }
    }

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("population", "统计范围：统计期内收到（按北京时间的收件日期）的事项，不含不予受理件和重复件");
        d.put("onTime", "按期：首次答复在其所答复的办理期限当日或之前发出（经批准延期的，以延期后的期限为准）");
        d.put("late", "逾期：首次答复晚于办理期限，或尚未答复且办理期限已过");
        d.put("pending", "办理中未到期：尚未答复且未到办理期限（含尚待受理、交办的事项）");
        d.put("onTimeRate", "按期答复率 = 按期件数 ÷（按期件数 + 逾期件数），无可计件数时显示“—”");
        d.put("acceptRate", "按期受理率 = 在受理时限内受理的件数 ÷ 已受理件数");
        d.put("rehandled", "重办件数：因评价不满意而重新办理的事项数；首次答复是否按期不因重办而改变");
        d.put("satisfactionRate", "满意率 =（满意 + 基本满意）÷ 已评价件数，以提交人最近一次评价为准");
        d.put("facts", "以上均按办理时记录的事实计算（答复时即固定是否按期），不按今天的日历重新推算");
        return java.util.Collections.unmodifiableMap(d);
    }
}
