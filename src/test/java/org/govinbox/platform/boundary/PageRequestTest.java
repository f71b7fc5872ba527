package org.govinbox.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(1, 20), PageRequest.of(null, ""));
        assertEquals(40, PageRequest.of("3", "20").firstRow());
    }

    @ParameterizedTest
    @CsvSource({"0, 20, page", "abc, 20, page", "1, 0, size", "1, 101, size", "1, x, size"})
    void aBadValueNamesItsParameter(String page, String size, String field) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(page, size));
        assertEquals(400, e.problem().status());
        assertEquals(field, e.problem().errors().get(0).field());
    }
}
