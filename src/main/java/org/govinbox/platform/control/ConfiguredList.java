package org.govinbox.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** Configured lists of {@code CODE:名称} pairs separated by commas, in their configured order. */
public final class ConfiguredList {

    private ConfiguredList() {
    }

    /** A pair without a name is named by its code; blank entries are skipped. */
    public static Map<String, String> pairs(String value) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : value == null ? new String[0] : value.split(",")) {
            String[] parts = pair.split(":", 2);
            if (parts[0].isBlank()) {
                continue;
            }
            map.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : parts[0].trim());
        }
        return map;
    }
}
