package org.govinbox.requests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** F1, F2: the information processing fee (国办函〔2020〕109号), as tables of concrete cases. */
class InformationFeesTest {

    @ParameterizedTest(name = "the {0}th request of the month costs {1} 元")
    @CsvSource({"1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300", "50, 300", "51, 400"})
    void byItems(int nth, int fee) {
        assertEquals(fee, InformationFees.byItems(nth));
    }

    @ParameterizedTest(name = "{0} pages cost {1} 元")
    @CsvSource({"0, 0", "30, 0", "31, 10", "100, 700", "101, 720", "150, 1700", "200, 2700", "201, 2740", "250, 4700"})
    void byPages(int pages, int fee) {
        assertEquals(fee, InformationFees.byPages(pages));
    }
}
