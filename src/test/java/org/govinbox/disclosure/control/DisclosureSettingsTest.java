package org.govinbox.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured rules: agency codes per department, the registration-number pattern. */
class DisclosureSettingsTest {

    private static DisclosureSettings settings(Map<String, String> agencyCodes, String pattern) {
        return new DisclosureSettings(Map.of("BUDGET", "财政预决算"), List.of("财政"), List.of("通知"), "1600521X6",
                agencyCodes, pattern, false, 20, 10, 1024);
    }

    @Test
    void departmentsWithoutTheirOwnCodeUseTheOrganisations() {
        DisclosureSettings s = settings(Map.of("CZJ", "91610302MB2960123X"), "宝渭政规〔{year}〕{n}号");
        assertEquals("91610302MB2960123X", s.agencyCodeOf("CZJ"));
        assertEquals("1600521X6", s.agencyCodeOf("ZFB"));
    }

    @Test
    void registrationNumbersFollowThePattern() {
        assertEquals("宝渭政规〔2026〕3号", settings(Map.of(), "宝渭政规〔{year}〕{n}号").registrationNumber(2026, 3));
    }

    @Test
    void badConfigurationIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("CZJ", "123"), "宝渭政规〔{year}〕{n}号"));
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of(), "宝渭政规{n}号"));
    }
}
