package org.govinbox.calendar.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govinbox.calendar.control.WorkingDayCalendar.ListedDay;
import org.govinbox.calendar.entity.DayKind;

/**
 * Reads one year's schedule in the holiday-cn format (https://github.com/NateScarlet/holiday-cn):
 * {@code {"year", "papers": [notice URLs], "days": [{"name", "date", "isOffDay"}]}}; {@code isOffDay: false}
 * marks a weekend day made a working day.
 * <p>
 * R4: a file is accepted whole or not at all: every field known, the year the one expected, every date inside
 * that year and listed once, a make-up working day on a Saturday or Sunday, at least one day listed. Each
 * problem names the line it is on.
 */
public final class HolidayCnFormat {

    /** A problem with the file: where it is and what is wrong, in Chinese. */
    public record Problem(String field, int line, String message) {
    }

    /** A valid year's schedule. */
    public record Schedule(int year, List<String> papers, List<ListedDay> days) {
    }

    /** The file cannot be imported; {@link #problems()} says why, line by line. */
    public static class Invalid extends RuntimeException {
        private final transient List<Problem> problems;

        public Invalid(List<Problem> problems) {
            super(problems.size() + " problems", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final Set<String> TOP_FIELDS = Set.of("$schema", "$id", "year", "papers", "days");
    private static final Set<String> DAY_FIELDS = Set.of("name", "date", "isOffDay");

    private HolidayCnFormat() {
    }

    public static Schedule parse(String json, int expectedYear) {
        List<Problem> problems = new ArrayList<>();
        Integer year = null;
        List<String> papers = new ArrayList<>();
        List<Entry> days = new ArrayList<>();
        try (JsonParser parser = Json.createParser(new StringReader(json == null ? "" : json))) {
            expect(parser, Event.START_OBJECT, "文件必须是一个 JSON 对象");
            while (true) {
                Event event = parser.next();
                if (event == Event.END_OBJECT) {
                    break;
                }
                String key = parser.getString();
                int line = line(parser);
                Event value = parser.next();
                switch (key) {
                    case "year" -> {
                        if (value == Event.VALUE_NUMBER && parser.isIntegralNumber()) {
                            year = parser.getInt();
                        } else {
                            problems.add(new Problem("year", line, "第 " + line + " 行：year 必须是整数年份"));
                            skip(parser, value);
                        }
                    }
                    case "papers" -> readPapers(parser, value, line, papers, problems);
                    case "days" -> readDays(parser, value, line, days, problems);
                    case "$schema", "$id" -> skip(parser, value);
                    default -> {
                        problems.add(new Problem(key, line, "第 " + line + " 行：未知字段 " + key
                                + "（可用字段：" + String.join("、", TOP_FIELDS) + "）"));
                        skip(parser, value);
                    }
                }
            }
            if (parser.hasNext()) {
                parser.next();
                problems.add(new Problem("body", line(parser), "第 " + line(parser) + " 行：JSON 对象之后还有多余内容"));
            }
        } catch (JsonParsingException e) {
            int line = (int) e.getLocation().getLineNumber();
            problems.add(new Problem("body", line, "第 " + line + " 行：不是有效的 JSON"));
            throw new Invalid(problems);
        } catch (java.util.NoSuchElementException | IllegalStateException e) {
            problems.add(new Problem("body", 0, "文件不完整，或不是 holiday-cn 格式的 JSON 对象"));
            throw new Invalid(problems);
        }
        if (year == null) {
            problems.add(new Problem("year", 1, "缺少 year 字段"));
        } else if (year != expectedYear) {
            problems.add(new Problem("year", 1, "文件中的年份 " + year + " 与导入的年份 " + expectedYear + " 不一致"));
        }
        // "year" may come after "days": dates are checked against it once the whole file is read
        Set<LocalDate> seen = new HashSet<>();
        for (Entry entry : days) {
            LocalDate date = entry.day().date();
            if (date.getYear() != expectedYear) {
                problems.add(new Problem(entry.field(), entry.line(), "第 " + entry.line() + " 行：日期 " + date
                        + " 不在 " + expectedYear + " 年内"));
            }
            if (!seen.add(date)) {
                problems.add(new Problem(entry.field(), entry.line(), "第 " + entry.line() + " 行：日期 " + date + " 重复出现"));
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("days", 1, "没有列出任何放假或调休日期：该年度的安排可能尚未公布"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new Schedule(year, List.copyOf(papers), days.stream().map(Entry::day).toList());
    }

    private static void readPapers(JsonParser parser, Event value, int line, List<String> papers, List<Problem> problems) {
        if (value != Event.START_ARRAY) {
            problems.add(new Problem("papers", line, "第 " + line + " 行：papers 必须是通知网址的数组"));
            skip(parser, value);
            return;
        }
        for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
            if (e == Event.VALUE_STRING) {
                papers.add(parser.getString());
            } else {
                problems.add(new Problem("papers", line(parser), "第 " + line(parser) + " 行：papers 的每一项必须是字符串"));
                skip(parser, e);
            }
        }
    }

    /** A listed day and where it stood in the file. */
    private record Entry(ListedDay day, String field, int line) {
    }

    private static void readDays(JsonParser parser, Event value, int line, List<Entry> days, List<Problem> problems) {
        if (value != Event.START_ARRAY) {
            problems.add(new Problem("days", line, "第 " + line + " 行：days 必须是数组"));
            skip(parser, value);
            return;
        }
        int index = 0;
        for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next(), index++) {
            int dayLine = line(parser);
            String at = "days[" + index + "]";
            if (e != Event.START_OBJECT) {
                problems.add(new Problem(at, dayLine, "第 " + dayLine + " 行：days 的每一项必须是对象"));
                skip(parser, e);
                continue;
            }
            String name = null;
            String date = null;
            Boolean off = null;
            int dateLine = dayLine;
            for (Event f = parser.next(); f != Event.END_OBJECT; f = parser.next()) {
                String key = parser.getString();
                int keyLine = line(parser);
                Event v = parser.next();
                switch (key) {
                    case "name" -> name = v == Event.VALUE_STRING ? parser.getString() : null;
                    case "date" -> {
                        date = v == Event.VALUE_STRING ? parser.getString() : null;
                        dateLine = keyLine;
                    }
                    case "isOffDay" -> off = v == Event.VALUE_TRUE ? Boolean.TRUE : v == Event.VALUE_FALSE ? Boolean.FALSE : null;
                    default -> problems.add(new Problem(at + "." + key, keyLine, "第 " + keyLine + " 行：未知字段 " + key
                            + "（可用字段：name、date、isOffDay）"));
                }
                skip(parser, v);
            }
            if (name == null || name.isBlank() || name.length() > 100) {
                problems.add(new Problem(at + ".name", dayLine, "第 " + dayLine + " 行：name 必须是 1 到 100 个字符的节日名称"));
            }
            if (off == null) {
                problems.add(new Problem(at + ".isOffDay", dayLine, "第 " + dayLine + " 行：isOffDay 必须是 true 或 false"));
            }
            LocalDate parsed = null;
            try {
                parsed = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException ex) {
                parsed = null;
            }
            if (parsed == null) {
                problems.add(new Problem(at + ".date", dateLine, "第 " + dateLine + " 行：date 必须是 YYYY-MM-DD 格式的日期"));
            } else if (off != null && !off && parsed.getDayOfWeek() != DayOfWeek.SATURDAY
                    && parsed.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(new Problem(at + ".date", dateLine, "第 " + dateLine + " 行：" + parsed
                        + " 不是周末，不能是调休上班日"));
            }
            if (parsed != null && name != null && off != null) {
                days.add(new Entry(new ListedDay(parsed, off ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY, name),
                        at + ".date", dateLine));
            }
        }
    }

    private static int line(JsonParser parser) {
        return (int) parser.getLocation().getLineNumber();
    }

    private static void expect(JsonParser parser, Event wanted, String message) {
        if (!parser.hasNext() || parser.next() != wanted) {
            throw new Invalid(List.of(new Problem("body", line(parser), message)));
        }
    }

    /** Skips the value that starts with {@code event} (a whole object or array). */
    private static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
