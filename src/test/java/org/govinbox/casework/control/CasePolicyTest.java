package org.govinbox.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.govinbox.calendar.entity.ClockKind;
import org.junit.jupiter.api.Test;

/** P1–P3 of {@link CasePolicy}. */
class CasePolicyTest {

    @Test
    void pairsKeepTheirOrder() {
        assertEquals(List.of("MAYOR", "DISTRICT_HEAD"), List.copyOf(CasePolicy.pairs("MAYOR:市长信箱, DISTRICT_HEAD:区长信箱").keySet()));
        assertEquals("区长信箱", CasePolicy.pairs("MAYOR:市长信箱,DISTRICT_HEAD:区长信箱").get("DISTRICT_HEAD"));
    }

    @Test
    void everyCategoryNeedsAReplyLimit() {
        assertThrows(IllegalArgumentException.class, () -> new CasePolicy("LETTER", Map.of("MAYOR", "市长信箱"),
                Map.of("CONSULTATION", "咨询", "HELP", "求助"), ClockKind.WORKING_DAYS, 2, Map.of("CONSULTATION", 5),
                10, 10, 2, 2, false, List.of()));
    }

    @Test
    void theShippedDefaultsAreDomainMd() {
        Map<String, Integer> reply = new java.util.LinkedHashMap<>();
        CasePolicy.pairs("CONSULTATION:5,SUGGESTION:10,HELP:10,COMPLAINT:15,REPORT:15")
                .forEach((k, v) -> reply.put(k, Integer.parseInt(v)));
        assertEquals(Map.of("CONSULTATION", 5, "SUGGESTION", 10, "HELP", 10, "COMPLAINT", 15, "REPORT", 15), reply);
    }

    @Test
    void aLetterIsNotDueSoonTheDayItArrivesWithTwoDaysToBeAccepted() {
        CasePolicy letters = new CasePolicy("LETTER", Map.of("MAYOR", "市长信箱"), Map.of("CONSULTATION", "咨询"),
                ClockKind.WORKING_DAYS, 2, Map.of("CONSULTATION", 5), 10, 10, 2, 2, false, List.of());
        assertFalse(letters.dueSoon(2), "arrived today, accepted within 2 working days: not yet due soon");
        assertTrue(letters.dueSoon(1), "the next working day is the last");
        assertTrue(letters.dueSoon(0), "due today");
        assertFalse(letters.dueSoon(-1), "overdue is not due soon");
        assertFalse(letters.dueSoon(5));
    }
}
