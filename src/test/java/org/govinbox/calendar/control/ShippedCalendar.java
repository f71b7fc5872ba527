package org.govinbox.calendar.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govinbox.calendar.control.WorkingDayCalendar.ListedDay;

/** The calendar the product ships: config/calendar/2024–2026.json, read with the product's own parser. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    public static WorkingDayCalendar load(int... years) {
        List<ListedDay> days = new ArrayList<>();
        Set<Integer> official = new HashSet<>();
        for (int year : years) {
            days.addAll(HolidayCnFormat.parse(file(year), year).days());
            official.add(year);
        }
        return new WorkingDayCalendar(days, official);
    }

    public static WorkingDayCalendar all() {
        return load(2024, 2025, 2026);
    }

    public static String file(int year) {
        try {
            return Files.readString(Path.of("config/calendar/" + year + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
