package org.govinbox.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** O1, O2: exactly the 21 results of the national template, with the contract's codes, in order. */
class OutcomeTest {

    @Test
    void theTwentyOneCodes() {
        assertEquals(List.of("1", "2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "4.1", "4.2", "4.3",
                "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2", "6.3"), Arrays.stream(Outcome.values()).map(Outcome::code).toList());
    }

    @Test
    void groupsInOrderAndLabels() {
        assertEquals(List.of("一", "二", "三", "四", "五", "六"), Arrays.stream(Outcome.values()).map(Outcome::group).distinct().toList());
        assertEquals("（三）不予公开 1. 属于国家秘密", Outcome.STATE_SECRET.fullLabel());
        assertEquals("（一）予以公开", Outcome.DISCLOSED.fullLabel());
        assertEquals(Outcome.FEE_UNPAID, Outcome.of(" 6.2 ").orElseThrow());
        assertEquals(true, Outcome.of("7").isEmpty());
    }
}
