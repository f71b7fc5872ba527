package org.govinbox.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govinbox.requests.entity.ApplicantType;
import org.govinbox.requests.entity.Outcome;
import org.junit.jupiter.api.Test;

/** Y1–Y4: table 三 on a known population, every cell. */
class RequestTallyTest {

    static RequestTally.Row row(ApplicantType a, String received, String decided, Outcome o) {
        return new RequestTally.Row(a, LocalDate.parse(received), decided == null ? null : LocalDate.parse(decided), o);
    }

    static final List<RequestTally.Row> ROWS = List.of(
            // decided before 2026: not in 2026's table at all (Y1)
            row(ApplicantType.PERSON, "2025-03-01", "2025-03-20", Outcome.DISCLOSED),
            // carried over from 2025, decided in 2026 (二, 三)
            row(ApplicantType.PERSON, "2025-12-20", "2026-01-15", Outcome.NOT_HELD),
            row(ApplicantType.COMMERCIAL, "2025-12-28", "2026-01-20", Outcome.DISCLOSED),
            // carried over from 2025, still open (二, 四)
            row(ApplicantType.LEGAL_SERVICE, "2025-12-30", null, null),
            // new in 2026, decided in 2026 (一, 三)
            row(ApplicantType.PERSON, "2026-01-05", "2026-01-30", Outcome.DISCLOSED),
            row(ApplicantType.PERSON, "2026-02-10", "2026-03-16", Outcome.PARTLY_DISCLOSED),
            row(ApplicantType.PERSON, "2026-03-01", "2026-03-20", Outcome.STATE_SECRET),
            row(ApplicantType.RESEARCH, "2026-04-01", "2026-04-20", Outcome.NO_CORRECTION),
            row(ApplicantType.NON_PROFIT, "2026-05-01", "2026-05-20", Outcome.REPEATED),
            row(ApplicantType.OTHER, "2026-06-01", "2026-06-25", Outcome.OTHER),
            row(ApplicantType.COMMERCIAL, "2026-07-01", "2026-07-20", Outcome.FEE_UNPAID),
            // new in 2026, decided in 2027 or still open (一, 四)
            row(ApplicantType.PERSON, "2026-12-20", "2027-01-10", Outcome.DISCLOSED),
            row(ApplicantType.COMMERCIAL, "2026-12-30", null, null),
            // received in 2027: not in 2026's table (Y1)
            row(ApplicantType.PERSON, "2027-01-03", null, null));

    static Map<String, Long> cells(long person, long commercial, long research, long nonProfit, long legal, long other) {
        Map<String, Long> row = new java.util.LinkedHashMap<>();
        row.put("PERSON", person);
        row.put("COMMERCIAL", commercial);
        row.put("RESEARCH", research);
        row.put("NON_PROFIT", nonProfit);
        row.put("LEGAL_SERVICE", legal);
        row.put("OTHER", other);
        row.put("TOTAL", person + commercial + research + nonProfit + legal + other);
        return row;
    }

    @Test
    void everyCellOfTheYear() {
        RequestTally.Table t = RequestTally.of(2026, ROWS);
        assertEquals(cells(4, 2, 1, 1, 0, 1), t.newThisYear());
        assertEquals(cells(1, 1, 0, 0, 1, 0), t.carriedOver());
        assertEquals(cells(1, 1, 0, 0, 0, 0), t.results().get("1"));
        assertEquals(cells(1, 0, 0, 0, 0, 0), t.results().get("2"));
        assertEquals(cells(1, 0, 0, 0, 0, 0), t.results().get("3.1"));
        assertEquals(cells(1, 0, 0, 0, 0, 0), t.results().get("4.1"));
        assertEquals(cells(0, 0, 0, 1, 0, 0), t.results().get("5.2"));
        assertEquals(cells(0, 0, 1, 0, 0, 0), t.results().get("6.1"));
        assertEquals(cells(0, 1, 0, 0, 0, 0), t.results().get("6.2"));
        assertEquals(cells(0, 0, 0, 0, 0, 1), t.results().get("6.3"));
        List<String> zero = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (!List.of("1", "2", "3.1", "4.1", "5.2", "6.1", "6.2", "6.3").contains(o.code())) {
                zero.add(o.code());
                assertEquals(cells(0, 0, 0, 0, 0, 0), t.results().get(o.code()), o.code());
            }
        }
        assertEquals(13, zero.size());
        assertEquals(cells(4, 2, 1, 1, 0, 1), t.results().get("total"));
        assertEquals(cells(1, 1, 0, 0, 1, 0), t.carriedForward());
        assertTrue(t.balanced());
        assertEquals(22, t.results().size(), "21 outcomes and the total");
    }

    @Test
    void theNextYearCarriesOverWhatThisYearCarriedForward() {
        RequestTally.Table t2026 = RequestTally.of(2026, ROWS);
        RequestTally.Table t2027 = RequestTally.of(2027, ROWS);
        assertEquals(t2026.carriedForward(), t2027.carriedOver());
        assertEquals(cells(1, 0, 0, 0, 0, 0), t2027.newThisYear());
        assertTrue(t2027.balanced());
    }

    @Test
    void anUnbalancedTableIsCaught() {
        RequestTally.Table t = RequestTally.of(2026, ROWS);
        t.carriedForward().put("PERSON", t.carriedForward().get("PERSON") + 1);
        assertFalse(t.balanced());
    }
}
