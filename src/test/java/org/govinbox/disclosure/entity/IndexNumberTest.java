package org.govinbox.disclosure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** D1: the index number's format {agency code}/{YYYY}-{NNNNN}. */
class IndexNumberTest {

    @Test
    void theSeedReportsNumberReadsAndPrintsTheSame() {
        IndexNumber seed = IndexNumber.parse("1600521X6/2021-06943").orElseThrow();
        assertEquals(new IndexNumber("1600521X6", 2021, 6943), seed);
        assertEquals("1600521X6/2021-06943", seed.toString());
    }

    @Test
    void serialsArePaddedToFiveDigits() {
        assertEquals("1600521X6/2026-00001", new IndexNumber("1600521X6", 2026, 1).toString());
        assertEquals("91610302MB2960123X/2026-99999", new IndexNumber("91610302MB2960123X", 2026, 99_999).toString());
    }

    @Test
    void agencyCodesAreNineOrEighteenCharacters() {
        assertTrue(IndexNumber.validAgencyCode("1600521X6"));
        assertTrue(IndexNumber.validAgencyCode("91610302MB2960123X"));
        assertFalse(IndexNumber.validAgencyCode("1600521X"));
        assertFalse(IndexNumber.validAgencyCode("1600521x6"));
        assertFalse(IndexNumber.validAgencyCode("91610302MB2960123"));
        assertFalse(IndexNumber.validAgencyCode(null));
        assertThrows(IllegalArgumentException.class, () -> new IndexNumber("ABC", 2026, 1));
    }

    @Test
    void malformedNumbersAreNotIndexNumbers() {
        for (String bad : new String[] {"1600521X6/2021-6943", "1600521X6-2021-06943", "1600521X6/21-06943",
                "1600521X6/2021-00000", "1600521X6/2021-069431", "", " "}) {
            assertEquals(Optional.empty(), IndexNumber.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new IndexNumber("1600521X6", 2026, 100_000));
        assertThrows(IllegalArgumentException.class, () -> new IndexNumber("1600521X6", 2026, 0));
    }
}
