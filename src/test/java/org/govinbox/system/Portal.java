package org.govinbox.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers of the disclosure portal's system tests: publishers, items, publishing. */
final class Portal {

    /** Publishers of the test run: one in a government office (sees all), one in a bureau (own items only). */
    record Publishers(String admin, String office, String officeDept, String bureau, String bureauDept) {

        static Publishers create() {
            String admin = Server.admin();
            String officeDept = Server.createDepartment(admin, "OFFICE");
            String bureauDept = Server.createDepartment(admin, "BUREAU");
            String office = Server.staff(admin, Server.unique("pubo"), officeDept, "PUBLISHER");
            String bureau = Server.staff(admin, Server.unique("pubb"), bureauDept, "PUBLISHER");
            return new Publishers(admin, office, officeDept, bureau, bureauDept);
        }
    }

    private Portal() {
    }

    static Map<String, Object> item(String title, String publisher) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("documentNumber", "宝渭政办发〔2026〕" + Math.abs(title.hashCode() % 900 + 1) + "号");
        item.put("publisher", publisher);
        item.put("writtenOn", "2026-11-02");
        item.put("domain", "BUDGET");
        item.put("subject", "财政");
        item.put("genre", "通知");
        item.put("keywords", "预算,公开");
        item.put("summary", "测试摘要");
        item.put("body", "<p>" + title + "的正文。</p>");
        item.put("validity", "VALID");
        item.put("disclosureAttribute", "PROACTIVE");
        return item;
    }

    static Response create(String token, Map<String, Object> item) {
        return Server.as(token).contentType(ContentType.JSON).body(item).post("/api/disclosures");
    }

    static long draft(String token, Map<String, Object> item) {
        return create(token, item).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response act(String token, long id, String action, Map<String, Object> body) {
        return Server.as(token).contentType(ContentType.JSON).body(body == null ? Map.of() : body)
                .post("/api/disclosures/" + id + "/" + action);
    }

    /** Creates and publishes an item; answers its id. */
    static long published(String token, Map<String, Object> item) {
        long id = draft(token, item);
        act(token, id, "publish", null).then().statusCode(200);
        return id;
    }

    static String indexNumber(String token, long id) {
        return Server.as(token).get("/api/disclosures/manage/" + id).then().statusCode(200)
                .extract().path("item.indexNumber");
    }

    static List<Map<String, Object>> catalogue(String query) {
        return Server.api().get("/api/disclosures?" + query).then().statusCode(200).extract().jsonPath().getList("items");
    }
}
