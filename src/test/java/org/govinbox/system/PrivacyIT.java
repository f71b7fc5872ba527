package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * #15 part 4, personal data on the shared server: consent recorded with its time and the notice's version, required
 * on the server, withdrawable before publication (and after it, taking the publication down); a publication masks
 * the writer's name wherever it occurs, is edited part by part, and the preview is exactly what the public gets.
 */
class PrivacyIT {

    private static Letters.Staff staff;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        staff = Letters.Staff.create();
    }

    private static long replied(Map<String, Object> letter, String reply) {
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), (String) letter.get("title"));
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA())).then().statusCode(200);
        Letters.act(staff.handlerA(), id, "reply", Map.of("text", reply)).then().statusCode(200);
        return id;
    }

    private static Map<String, String> credentials(Map<String, String> receipt) {
        return Map.of("queryCode", receipt.get("queryCode"), "querySecret", receipt.get("querySecret"));
    }

    @Test
    void consentIsRequiredOnTheServerAndRecordedWithItsTimeAndTheNoticeRead() {
        JsonPath form = Server.api().get("/api/letters/form").then().statusCode(200).extract().jsonPath();
        String version = form.getString("noticeVersion");
        assertNotNull(version);
        assertTrue(form.getString("privacyNotice").contains("撤回"), form.getString("privacyNotice"));
        assertFalse(form.getString("privacyNotice").contains("{retention}"));
        long total = Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total");

        Map<String, Object> unaccepted = Letters.letter(Server.unique("no-notice"));
        unaccepted.remove("privacyAccepted");
        Letters.write(unaccepted).then().statusCode(400).contentType(containsString(Server.PROBLEM_JSON))
                .body("errors.field", hasItem("privacy")).body("detail", containsString("个人信息保护说明"));
        Map<String, Object> stale = Letters.letter(Server.unique("stale-notice"));
        stale.put("noticeVersion", "1999-01-01");
        Letters.write(stale).then().statusCode(400).body("errors.find { it.field == 'privacy' }.message", containsString("已更新"));
        assertEquals(total, Server.as(staff.dispatcher()).get("/api/cases").then().extract().jsonPath().getLong("total"));

        String title = Server.unique("consented");
        Map<String, Object> letter = Letters.letter(title);
        letter.put("noticeVersion", version);
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), title);
        JsonPath detail = Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(true, detail.getBoolean("parties[0].consent"));
        assertEquals(version, detail.getString("parties[0].noticeVersion"));
        assertEquals(detail.getString("receivedAt"), detail.getString("parties[0].consentAt"));

        String without = Server.unique("no-consent");
        Map<String, Object> refusing = Letters.letter(without);
        refusing.put("publicConsent", false);
        Letters.written(refusing);
        JsonPath other = Server.as(staff.dispatcher()).get("/api/cases/" + Letters.idOf(staff.dispatcher(), without))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(false, other.getBoolean("parties[0].consent"));
        assertEquals(null, other.getString("parties[0].consentAt"));
        assertEquals(version, other.getString("parties[0].noticeVersion"));
    }

    @Test
    void theWriterWithdrawsConsentBeforePublicationAndItCannotBePublished() {
        String citizen = Letters.newClientAddress();
        String title = Server.unique("withdraw");
        Map<String, String> receipt = Letters.written(Letters.letter(title));
        Letters.lookup(citizen, receipt).then().statusCode(200).body("publicConsent", equalTo(true))
                .body("consentWithdrawnAt", nullValue());
        Letters.citizen(citizen).body(Map.of("queryCode", receipt.get("queryCode"), "querySecret", "WRONG-SECRET"))
                .post("/api/letters/consent-withdrawal").then().statusCode(404);

        Letters.citizen(citizen).body(credentials(receipt)).post("/api/letters/consent-withdrawal").then().statusCode(200)
                .body("publicConsent", equalTo(false)).body("consentWithdrawnAt", notNullValue());
        Letters.citizen(citizen).body(credentials(receipt)).post("/api/letters/consent-withdrawal").then().statusCode(409)
                .body("detail", containsString("无需撤回"));

        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA())).then().statusCode(200);
        JsonPath detail = Letters.act(staff.handlerA(), id, "reply", Map.of("text", "已办理。")).then().statusCode(200)
                .extract().jsonPath();
        assertFalse(detail.getList("actions").contains("publish"), detail.getList("actions").toString());
        assertTrue(detail.getList("history.action").contains("WITHDRAW_CONSENT"));
        assertNotNull(detail.getString("parties[0].consentWithdrawnAt"));
        Letters.act(staff.dispatcher(), id, "publish", null).then().statusCode(409).body("detail", containsString("撤回"));
        Letters.act(staff.dispatcher(), id, "publish/preview", Map.of()).then().statusCode(409);
        Server.api().get("/api/letters/published/" + id).then().statusCode(404);
        // staff cannot withdraw on the writer's behalf: it is the writer's action
        Letters.act(staff.dispatcher(), id, "withdraw-consent", null).then().statusCode(404);

        List<Map<String, Object>> trail = Server.as(Server.auditor()).get("/api/audit?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertTrue(trail.stream().anyMatch(e -> "case.withdraw-consent".equals(e.get("action"))
                && String.valueOf(id).equals(e.get("objectId"))), "the withdrawal is in the audit trail");
    }

    @Test
    void aWithdrawalAfterPublicationTakesTheLetterDown() {
        String citizen = Letters.newClientAddress();
        String title = Server.unique("takedown");
        Map<String, Object> letter = Letters.letter(title);
        Map<String, String> receipt = Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), title);
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA())).then().statusCode(200);
        Letters.act(staff.handlerA(), id, "reply", Map.of("text", "已办理。")).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "publish", null).then().statusCode(200).body("published", equalTo(true));
        Server.api().get("/api/letters/published/" + id).then().statusCode(200);
        Letters.lookup(citizen, receipt).then().statusCode(200).body("published", equalTo(true));

        Letters.citizen(citizen).body(credentials(receipt)).post("/api/letters/consent-withdrawal").then().statusCode(200)
                .body("published", equalTo(false));
        Server.api().get("/api/letters/published/" + id).then().statusCode(404);
        Server.api().get("/api/letters/published?q=" + title).then().statusCode(200).body("total", equalTo(0));
        Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200).body("published", equalTo(false))
                .body("actions", not(hasItem("publish")))
                .body("history.find { it.action == 'WITHDRAW_CONSENT' }.note", containsString("撤下"));
    }

    @Test
    void aPublicationMasksTheWritersNameEverywhereAndThePreviewIsExactlyWhatGoesPublic() {
        String title = Server.unique("李华的来信");
        Map<String, Object> letter = Letters.letter(title);
        letter.put("name", "李华");
        letter.put("content", "我是李华，住清姜路12号，电话13812348000。");
        long id = replied(letter, "李华同志：您好！您反映的问题已处理，联系电话13912345678，地址清姜路12号。");
        String etag = Server.as(staff.dispatcher()).get("/api/cases/" + id).then().statusCode(200).extract().header("ETag");

        JsonPath untouched = Letters.act(staff.dispatcher(), id, "publish/preview", Map.of()).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(untouched.getString("reply").startsWith("李**同志"), untouched.getString("reply"));
        for (String part : List.of("title", "content", "reply")) {
            assertFalse(untouched.getString(part).contains("李华"), part + ": " + untouched.getString(part));
        }
        assertFalse(untouched.getString("content").contains("13812348000"));
        assertTrue(untouched.getString("reply").contains("139****5678"));
        assertEquals("李**", untouched.getString("writer"));
        // looking changes nothing
        assertEquals(etag, Server.as(staff.dispatcher()).get("/api/cases/" + id).then().extract().header("ETag"));
        // only who may publish may look; an action without a preview has none
        Letters.act(staff.handlerA(), id, "publish/preview", Map.of()).then().statusCode(403);
        Letters.act(staff.dispatcher(), id, "accept/preview", Map.of()).then().statusCode(404);
        Letters.act(staff.dispatcher(), id, "publish/preview", Map.of("publishedReply", "长".repeat(10_001))).then()
                .statusCode(400).body("errors.field", hasItem("publishedReply"));

        Map<String, String> edited = Map.of("publishedTitle", "关于清姜路交通的来信（李华）",
                "publishedContent", "我是李华，反映清姜路交通问题。",
                "publishedReply", "李华同志：您好！您反映的问题已处理。");
        JsonPath preview = Letters.act(staff.dispatcher(), id, "publish/preview", edited).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("关于清姜路交通的来信（李**）", preview.getString("title"));
        assertEquals("李**同志：您好！您反映的问题已处理。", preview.getString("reply"));
        Letters.act(staff.dispatcher(), id, "publish", edited).then().statusCode(200).body("published", equalTo(true));

        JsonPath shown = Server.api().get("/api/letters/published/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(preview.getString("title"), shown.getString("title"));
        assertEquals(preview.getString("content"), shown.getString("content"));
        assertEquals(preview.getString("reply"), shown.getString("reply"));
        assertEquals(preview.getString("writer"), shown.getString("writer"));
        String list = Server.api().get("/api/letters/published?size=100").then().statusCode(200).extract().asString();
        assertFalse(list.contains("李华") || list.contains("清姜路12号"), "no name or address in the public list");
        assertTrue(list.contains("关于清姜路交通的来信（李**）"));
    }
}
