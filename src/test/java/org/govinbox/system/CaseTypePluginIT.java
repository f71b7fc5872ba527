package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case type that exists only in the test sources ({@code org.govinbox.inquiry}, deployed in the system tests'
 * build) runs on the engine over HTTP: its own states and actions, its own request records, one standard action,
 * its clock paused and resumed; and a calendar import leaves its answered cases alone (the engine's fix for the
 * import that answered 500 when any replied case had a provisional due date).
 */
class CaseTypePluginIT {

    private static Letters.Staff staff;

    @BeforeAll
    static void people() {
        Server.awaitReady();
        staff = Letters.Staff.create();
    }

    private static long submit(String title) {
        Server.api().contentType(ContentType.JSON).body(Map.of("title", title, "content", "咨询内容", "name", "王五"))
                .post("/api/test-inquiries").then().statusCode(201).body("queryCode", not(nullValue()));
        return ((Number) Server.as(staff.dispatcher()).get("/api/cases?type=INQUIRY&sort=received&size=100").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.title == '" + title + "' }.id").get(0)).longValue();
    }

    private static JsonPath detail(long id) {
        return Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aTypeFromTheTestSourcesRunsOnTheEngine() {
        String title = Server.unique("咨询");
        long id = submit(title);
        Server.as(staff.dispatcher()).get("/api/cases/types/INQUIRY").then().statusCode(200)
                .body("typeName", equalTo("咨询登记（测试类型）")).body("states.name", hasItem("等待补充材料"));
        Server.as(staff.dispatcher()).get("/api/cases/types/LETTER").then().statusCode(200)
                .body("states.code", not(hasItem("WAITING")));
        JsonPath received = detail(id);
        assertEquals("RECEIVED", received.getString("state"));
        assertEquals("咨询人", received.getString("history[0].actor"));
        assertEquals(List.of("ask-more", "urge", "answer"), received.getList("actions"));

        Letters.act(staff.dispatcher(), id, "ask-more", Map.of()).then().statusCode(400).body("errors.field", hasItem("what"));
        Letters.act(staff.dispatcher(), id, "ask-more", Map.of("what", "身份证明")).then().statusCode(200)
                .body("state", equalTo("WAITING")).body("stateName", equalTo("等待补充材料"))
                .body("clocks[0].status", equalTo("PAUSED")).body("dueOn", nullValue());
        Letters.act(staff.dispatcher(), id, "ask-more", Map.of("what", "再要")).then().statusCode(409)
                .body("detail", containsString("WAITING"));
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(404);
        Letters.act(staff.handlerA(), id, "supplied", null).then().statusCode(404);
        Letters.act(staff.dispatcher(), id, "supplied", null).then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("clocks[0].status", equalTo("RUNNING")).body("dueOn", not(nullValue()));
        Letters.act(staff.dispatcher(), id, "urge", Map.of("text", "请尽快答复")).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "answer", Map.of("text", "已答复", "replyClass", "E")).then().statusCode(400)
                .body("errors.field", hasItem("replyClass"));
        JsonPath answered = Letters.act(staff.dispatcher(), id, "answer", Map.of("text", "已答复", "replyClass", "B")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("ANSWERED", answered.getString("state"));
        assertEquals("B", answered.getString("replies[0].replyClass"));
        assertTrue(answered.getBoolean("replies[0].onTime"));
        assertEquals("MET", answered.getString("clocks[0].status"));
        assertEquals(List.of("RECEIVE", "ASK_MORE", "SUPPLIED", "URGE", "ANSWER"),
                answered.getList("history.action").stream().filter(a -> !"REMIND".equals(a)).toList());

        String letterTitle = Server.unique("来信");
        Letters.written(Letters.letter(letterTitle));
        long letter = Letters.idOf(staff.dispatcher(), letterTitle);
        Letters.act(staff.dispatcher(), letter, "ask-more", Map.of("what", "x")).then().statusCode(404);
    }

    @Test
    void aCalendarImportRecomputesOpenCasesAndNeverTouchesAnsweredOnes() {
        long answered = submit(Server.unique("已答复咨询"));
        long open = submit(Server.unique("未答复咨询"));
        Letters.act(staff.dispatcher(), answered, "answer", Map.of("text", "已答复", "replyClass", "A")).then().statusCode(200);
        JsonPath before = detail(open);
        LocalDate due = LocalDate.parse(before.getString("dueOn"));
        assertTrue(before.getBoolean("provisional"), "24 months ahead: a year without official data");
        assertEquals(due.toString(), detail(answered).getString("replies[0].dueOn"));

        String schedule = "{\"year\": " + due.getYear() + ", \"papers\": [\"https://example.gov.cn/test\"], \"days\": ["
                + "{\"name\": \"测试假日\", \"date\": \"" + due + "\", \"isOffDay\": true}]}";
        Server.as(staff.admin()).contentType(ContentType.JSON).body(schedule).put("/api/calendar/" + due.getYear()).then()
                .statusCode(200).body("recomputedDueDates", equalTo(1));

        JsonPath after = detail(open);
        assertTrue(LocalDate.parse(after.getString("dueOn")).isAfter(due), "the open case's due date moves past the new holiday");
        assertEquals("RECOMPUTE", after.getString("history[-1].action"));
        JsonPath untouched = detail(answered);
        assertEquals(due.toString(), untouched.getString("replies[0].dueOn"), "the reply's due date stays what it answered");
        assertEquals(due.toString(), untouched.getString("clocks[0].dueOn"));
        assertTrue(untouched.getList("history.action").stream().noneMatch("RECOMPUTE"::equals));
    }
}
