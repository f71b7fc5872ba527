package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar API over HTTP against the real server, with the calendar it seeded from config/calendar. */
class CalendarIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        admin = Server.admin();
    }

    @Test
    void theContractExample() {
        Server.api().get("/api/calendar/deadline?start=2026-02-10&workingDays=20").then()
                .statusCode(200)
                .body("start", equalTo("2026-02-10"))
                .body("due", equalTo("2026-03-16"))
                .body("provisional", equalTo(false))
                .body("crossed.date", hasItems("2026-02-14", "2026-02-15", "2026-02-23", "2026-02-28"))
                .body("crossed.find { it.date == '2026-02-15' }.name", equalTo("春节"))
                .body("crossed.find { it.date == '2026-02-14' }.kind", equalTo("MAKEUP_WORKDAY"));
    }

    @ParameterizedTest(name = "{0}&{1}={2} → {3}")
    @CsvSource({
        "2025-01-24, workingDays, 3,  2025-02-05, false",
        "2025-09-26, workingDays, 6,  2025-10-11, false",
        "2024-02-28, workingDays, 1,  2024-02-29, false",
        "2025-12-31, workingDays, 1,  2026-01-04, false",
        "2026-09-30, workingDays, 1,  2026-10-08, false",
        "2026-09-26, days,        5,  2026-10-08, false",
        "2026-01-31, months,      1,  2026-02-28, false",
        "2026-07-01, months,      3,  2026-10-08, false",
        "2026-12-31, workingDays, 1,  2027-01-01, true",
        "2026-11-20, months,      3,  2027-02-22, true",
    })
    void eachClock(String start, String clock, int n, String due, boolean provisional) {
        Server.api().get("/api/calendar/deadline?start=" + start + "&" + clock + "=" + n).then()
                .statusCode(200).body("due", equalTo(due)).body("provisional", equalTo(provisional));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "start=2026-02-10                                | workingDays",
        "workingDays=20                                  | start",
        "start=2026-02-30&workingDays=20                 | start",
        "start=tomorrow&workingDays=20                   | start",
        "start=2026-02-10&workingDays=0                  | workingDays",
        "start=2026-02-10&workingDays=367                | workingDays",
        "start=2026-02-10&days=ten                       | days",
        "start=2026-02-10&workingDays=20&months=1        | months",
        "start=2026-02-10&workingDays=20&workingDays=5   | workingDays",
        "start=2026-02-10&start=2026-02-11&days=5        | start",
    })
    void badParametersAreNamed(String query, String field) {
        Server.api().get("/api/calendar/deadline?" + query).then()
                .statusCode(400)
                .contentType(containsString(Server.PROBLEM_JSON))
                .body("errors.field", hasItem(field));
    }

    @Test
    void workingDaysInTheYear() {
        Server.api().get("/api/calendar/working-days?from=2026-01-01&to=2026-12-31").then()
                .statusCode(200).body("workingDays", equalTo(248)).body("provisional", equalTo(false));
        Server.api().get("/api/calendar/working-days?from=2025-01-01&to=2025-12-31").then()
                .statusCode(200).body("workingDays", equalTo(248));
        Server.api().get("/api/calendar/working-days?from=2026-12-31&to=2026-01-01").then()
                .statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void aYearsListedDaysAndWhetherItIsOfficial() {
        Server.api().get("/api/calendar/2026").then().statusCode(200)
                .body("official", equalTo(true))
                .body("days", hasSize(39))
                .body("days.find { it.date == '2026-10-10' }.kind", equalTo("MAKEUP_WORKDAY"))
                .body("source", containsString("gov.cn"));
        Server.api().get("/api/calendar/2027").then().statusCode(200)
                .body("official", equalTo(false)).body("days", hasSize(0));
        Server.api().get("/api/calendar/years").then().statusCode(200)
                .body("findAll { it.official }.year", hasItems(2024, 2025, 2026));
    }

    private static String schedule(int year, String extraDay) {
        return "{\n  \"year\": " + year + ",\n  \"papers\": [\"https://example.gov.cn/" + year + "\"],\n  \"days\": [\n"
                + "    {\"name\": \"元旦\", \"date\": \"" + year + "-01-01\", \"isOffDay\": true},\n"
                + "    " + extraDay + "\n  ]\n}\n";
    }

    @Test
    void aBadImportChangesNothingAndNamesTheLine() {
        Server.as(admin).contentType(ContentType.JSON)
                .body(schedule(2098, "{\"name\": \"春节\", \"date\": \"2097-02-01\", \"isOffDay\": true}"))
                .put("/api/calendar/2098").then()
                .statusCode(400)
                .contentType(containsString(Server.PROBLEM_JSON))
                .body("errors.rule", hasItem("line 6"))
                .body("errors.message", hasItem(containsString("第 6 行")))
                .body("detail", containsString("未导入"));
        Server.api().get("/api/calendar/2098").then().statusCode(200)
                .body("official", equalTo(false)).body("days", hasSize(0));
    }

    @Test
    void anImportMakesTheYearOfficialAndIsAudited() {
        Server.api().get("/api/calendar/deadline?start=2098-12-31&workingDays=1").then()
                .body("due", equalTo("2099-01-01")).body("provisional", equalTo(true));
        Server.as(admin).contentType(ContentType.JSON)
                .body(schedule(2099, "{\"name\": \"春节\", \"date\": \"2099-01-24\", \"isOffDay\": false}"))
                .put("/api/calendar/2099").then()
                .statusCode(200)
                .body("year", equalTo(2099)).body("holidays", equalTo(1)).body("makeupDays", equalTo(1));
        Server.api().get("/api/calendar/2099").then().statusCode(200)
                .body("official", equalTo(true)).body("days", hasSize(2));
        Server.api().get("/api/calendar/deadline?start=2098-12-31&workingDays=1").then()
                .body("due", equalTo("2099-01-02")).body("provisional", equalTo(true)); // 2098 itself is not official
        Server.api().get("/api/calendar/deadline?start=2099-01-23&workingDays=1").then()
                .body("due", equalTo("2099-01-24")).body("provisional", equalTo(false));
        Server.as(Server.auditor()).get("/api/audit?size=10").then()
                .body("items.find { it.action == 'calendar.import' }.objectId", equalTo("2099"));
    }

    @Test
    void onlyAnAdministratorImports() {
        String auditor = Server.staff(admin, Server.unique("calaud"), null, "AUDITOR");
        Server.as(auditor).contentType(ContentType.JSON).body(schedule(2099, "{\"name\": \"x\", \"date\": \"2099-05-01\", \"isOffDay\": true}"))
                .put("/api/calendar/2099").then().statusCode(403);
        Server.api().contentType(ContentType.JSON).body("{}").put("/api/calendar/2099").then().statusCode(401);
    }

    @Test
    void theAdministratorIsWarnedFromNovemberWhenNextYearIsMissing() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int next = today.getYear() + 1;
        boolean nextOfficial = Server.api().get("/api/calendar/" + next).then().extract().path("official");
        var status = Server.as(admin).get("/api/calendar/status").then().statusCode(200)
                .body("nextYear", equalTo(next));
        if (today.getMonthValue() >= 11 && !nextOfficial) {
            status.body("warning", containsString(String.valueOf(next)));
        } else {
            status.body("warning", nullValue());
        }
        status.body("today", notNullValue());
    }
}
