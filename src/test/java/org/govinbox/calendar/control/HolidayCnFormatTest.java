package org.govinbox.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govinbox.calendar.entity.DayKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R4 of {@link HolidayCnFormat}: whole files or nothing, each problem with its line. */
class HolidayCnFormatTest {

    @Test
    void theShippedFilesParse() {
        HolidayCnFormat.Schedule schedule = HolidayCnFormat.parse(ShippedCalendar.file(2026), 2026);
        assertEquals(2026, schedule.year());
        assertEquals(List.of("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"), schedule.papers());
        assertEquals(33, schedule.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count());
        assertEquals(6, schedule.days().stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY).count());
    }

    private static String file(String... dayLines) {
        return "{\n  \"year\": 2027,\n  \"papers\": [],\n  \"days\": [\n" + String.join(",\n", dayLines) + "\n  ]\n}\n";
    }

    private static List<HolidayCnFormat.Problem> problems(String json, int year) {
        return assertThrows(HolidayCnFormat.Invalid.class, () -> HolidayCnFormat.parse(json, year)).problems();
    }

    @Test
    void aValidFileOfAnotherYear() {
        HolidayCnFormat.Schedule schedule = HolidayCnFormat.parse(file(
                "    {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}",
                "    {\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": false}"), 2027);
        assertEquals(2, schedule.days().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a date outside the year       | {\"name\": \"元旦\", \"date\": \"2026-12-31\", \"isOffDay\": true}   | 5 | 不在 2027 年内",
        "a malformed date              | {\"name\": \"元旦\", \"date\": \"2027-13-01\", \"isOffDay\": true}   | 5 | YYYY-MM-DD",
        "an unknown field              | {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"off\": true}        | 5 | 未知字段 off",
        "a make-up day on a weekday    | {\"name\": \"春节\", \"date\": \"2027-02-03\", \"isOffDay\": false}  | 5 | 不是周末",
        "isOffDay not a boolean        | {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": \"yes\"} | 5 | true 或 false",
    })
    void aBadDayNamesItsLine(String what, String day, int line, String message) {
        List<HolidayCnFormat.Problem> problems = problems(file(
                "    {\"name\": \"元旦\", \"date\": \"2027-01-02\", \"isOffDay\": true}", "    " + day), 2027);
        assertTrue(problems.stream().allMatch(p -> p.line() == line + 1), problems.toString());
        assertEquals(line + 1, problems.get(0).line(), what + ": " + problems);
        assertTrue(problems.get(0).message().contains(message), problems.get(0).message());
        assertTrue(problems.get(0).message().startsWith("第 " + (line + 1) + " 行"), problems.get(0).message());
    }

    @Test
    void aDateListedTwiceIsRefused() {
        List<HolidayCnFormat.Problem> problems = problems(file(
                "    {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}",
                "    {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}"), 2027);
        assertEquals(1, problems.size());
        assertEquals(6, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("重复"));
    }

    @Test
    void theFileMustBeForTheYearImported() {
        List<HolidayCnFormat.Problem> problems = problems(file(
                "    {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}"), 2028);
        assertTrue(problems.stream().anyMatch(p -> p.field().equals("year")), problems.toString());
    }

    @Test
    void anEmptyScheduleIsNotAnOfficialYear() {
        List<HolidayCnFormat.Problem> problems = problems("{\"year\": 2027, \"papers\": [], \"days\": []}", 2027);
        assertTrue(problems.get(0).message().contains("尚未公布"));
    }

    @Test
    void brokenJsonNamesItsLine() {
        List<HolidayCnFormat.Problem> problems = problems("{\n\"year\": 2027,\n\"days\": [\n{\"name\": \"元旦\",, }\n]}", 2027);
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("不是有效的 JSON"));
    }

    @Test
    void notAnObjectAtAll() {
        assertEquals("body", problems("[1, 2]", 2027).get(0).field());
        assertEquals("body", problems("", 2027).get(0).field());
    }
}
