package org.govinbox.requests.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govinbox.requests.entity.ApplicantType;
import org.govinbox.requests.entity.Outcome;

/**
 * Table 三 of the annual disclosure report (国办公开办函〔2021〕30号), counted from the requests: by applicant column
 * (自然人, the five kinds of organisation, 总计), the rows 一 new this year, 二 carried over from last year, 三 the 21
 * results and their total, 四 carried to next year.
 * <p>
 * Y1: the year's population is every request received on or before 31 December and not decided before 1 January.
 * Y2: 一 are those of it received in the year, 二 the others. Y3: 三 are those decided in the year, by outcome;
 * 四 the others (undecided, or decided after the year). Y4: so 一 + 二 = 三总计 + 四 in every column, by construction;
 * {@link Table#balanced()} checks it.
 */
public final class RequestTally {

    public static final String TOTAL = "TOTAL";

    /** The key of the results' total row (the contract's {@code results.total}). */
    public static final String RESULTS_TOTAL = "total";

    /** One request as the table counts it. */
    public record Row(ApplicantType applicant, LocalDate receivedOn, LocalDate decidedOn, Outcome outcome) {
    }

    /** The table: each row keyed by applicant column and TOTAL. */
    public record Table(Map<String, Long> newThisYear, Map<String, Long> carriedOver, Map<String, Map<String, Long>> results,
                        Map<String, Long> carriedForward) {

        /** Y4 */
        public boolean balanced() {
            Map<String, Long> total = results.get(RESULTS_TOTAL);
            return newThisYear.keySet().stream().allMatch(k -> newThisYear.get(k) + carriedOver.get(k)
                    == total.get(k) + carriedForward.get(k));
        }
    }

    private RequestTally() {
    }

    public static Table of(int year, List<Row> rows) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Long> fresh = row();
        Map<String, Long> carried = row();
        Map<String, Long> forward = row();
        Map<String, Map<String, Long>> results = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            results.put(o.code(), row());
        }
        results.put(RESULTS_TOTAL, row());
        for (Row r : rows) {
            boolean decidedBefore = r.decidedOn() != null && r.decidedOn().isBefore(first);
            if (r.receivedOn().isAfter(last) || decidedBefore) {
                continue;
            }
            add(r.receivedOn().isBefore(first) ? carried : fresh, r.applicant());
            if (r.decidedOn() != null && !r.decidedOn().isAfter(last)) {
                add(results.get(r.outcome().code()), r.applicant());
                add(results.get(RESULTS_TOTAL), r.applicant());
            } else {
                add(forward, r.applicant());
            }
        }
        return new Table(fresh, carried, results, forward);
    }

    private static Map<String, Long> row() {
        Map<String, Long> row = new LinkedHashMap<>();
        for (ApplicantType t : ApplicantType.values()) {
            row.put(t.name(), 0L);
        }
        row.put(TOTAL, 0L);
        return row;
    }

    private static void add(Map<String, Long> row, ApplicantType applicant) {
        row.merge(applicant.name(), 1L, Long::sum);
        row.merge(TOTAL, 1L, Long::sum);
    }
}
