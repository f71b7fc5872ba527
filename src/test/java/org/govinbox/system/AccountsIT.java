package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An administrator sets up departments and accounts; roles, validation and the audit trail, over HTTP. */
class AccountsIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        admin = Server.admin();
    }

    private static Map<String, Object> account(String username, String password, String department, String... roles) {
        return Map.of("username", username, "displayName", "张三", "password", password,
                "department", department, "roles", List.of(roles));
    }

    @Test
    void anAdministratorCreatesADepartmentAndItIsListed() {
        String code = Server.unique("JYJ").toUpperCase();
        Server.as(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "区教育局", "kind", "BUREAU"))
                .post("/api/departments").then()
                .statusCode(201)
                .header("Location", containsString("/api/departments/" + code))
                .body("kindName", equalTo("委办局"));
        Server.as(admin).get("/api/departments").then().statusCode(200).body("code", hasItem(code));
        Server.as(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "另一个", "kind", "BUREAU"))
                .post("/api/departments").then()
                .statusCode(409).contentType(containsString(Server.PROBLEM_JSON))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void aNewAccountMustChangeItsPasswordBeforeAnythingElse() {
        String department = Server.createDepartment(admin, "STREET");
        String username = Server.unique("handler");
        Server.as(admin).contentType(ContentType.JSON)
                .body(account(username, "First-Pass-2026", department, "HANDLER"))
                .post("/api/users").then()
                .statusCode(201)
                .body("mustChangePassword", equalTo(true))
                .body("department", equalTo(department));

        String token = Server.api().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "First-Pass-2026"))
                .post("/api/session").then().statusCode(200)
                .body("mustChangePassword", equalTo(true))
                .extract().path("token");
        Server.as(token).get("/api/departments").then()
                .statusCode(403).contentType(containsString(Server.PROBLEM_JSON))
                .body("detail", containsString("修改密码"));

        Server.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "First-Pass-2026", "newPassword", "short1"))
                .post("/api/session/password").then()
                .statusCode(400).contentType(containsString(Server.PROBLEM_JSON))
                .body("errors.field", hasItem("newPassword"))
                .body("errors.rule", hasItem("min-length"));
        Server.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong-current-1", "newPassword", "Own-Choice-2026"))
                .post("/api/session/password").then()
                .statusCode(400).body("errors.field", hasItem("currentPassword"));
        Server.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "First-Pass-2026", "newPassword", "Own-Choice-2026"))
                .post("/api/session/password").then().statusCode(204);

        Server.as(token).get("/api/departments").then().statusCode(200);
        Server.signIn(username, "Own-Choice-2026");
    }

    @Test
    void aHandlerCallingAnAdministratorEndpointGets403AndItIsAudited() {
        String department = Server.createDepartment(admin, "TOWN");
        String username = Server.unique("h");
        String handler = Server.staff(admin, username, department, "HANDLER");
        Server.as(handler).get("/api/users").then().statusCode(403).contentType(containsString(Server.PROBLEM_JSON))
                .body("title", equalTo("没有权限"));
        Server.as(handler).contentType(ContentType.JSON)
                .body(Map.of("code", "NOPE" + username.length(), "name", "越权", "kind", "TOWN"))
                .post("/api/departments").then().statusCode(403);
        Server.as(handler).get("/api/audit").then().statusCode(403);
        Server.as(admin).get("/api/audit").then().statusCode(403);
        Server.as(Server.auditor()).get("/api/audit?size=20").then().statusCode(200)
                .body("items.findAll { it.actor == '" + username + "' }.result", hasItem("DENIED"));
    }

    @Test
    void anAuditorReadsTheTrailNewestFirst() {
        String auditor = Server.staff(admin, Server.unique("aud"), null, "AUDITOR");
        var page = Server.as(auditor).get("/api/audit?page=1&size=5").then().statusCode(200)
                .body("size", equalTo(5))
                .body("total", greaterThan(5))
                .extract().jsonPath();
        List<String> times = page.getList("items.occurredAt");
        for (int i = 1; i < times.size(); i++) {
            org.junit.jupiter.api.Assertions.assertFalse(java.time.Instant.parse(times.get(i - 1))
                    .isBefore(java.time.Instant.parse(times.get(i))), "newest first: " + times);
        }
        Server.as(auditor).get("/api/audit?page=0").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void everyChangeIsAuditedWithActorObjectResultAndAddress() {
        String auditor = Server.auditor();
        String code = Server.createDepartment(admin, "BUREAU");
        Server.as(auditor).get("/api/audit?size=5").then().statusCode(200)
                .body("items[0].action", equalTo("department.create"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].objectId", equalTo(code))
                .body("items[0].result", equalTo("SUCCESS"))
                .body("items[0].clientAddress", not(emptyOrNullString()));
    }

    @Test
    void badRequestsNameTheirFieldsAndStoreNothing() {
        String username = Server.unique("bad");
        Server.as(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "", "password", "weak", "department", "NO_SUCH",
                        "roles", List.of("HANDLER", "KING")))
                .post("/api/users").then()
                .statusCode(400).contentType(containsString(Server.PROBLEM_JSON))
                .body("title", equalTo("请求参数不正确"))
                .body("errors.field", hasItems("displayName"));
        Server.as(admin).contentType(ContentType.JSON)
                .body(account(username, "weak", "NO_SUCH", "HANDLER", "KING"))
                .post("/api/users").then()
                .statusCode(400)
                .body("errors.field", hasItems("password", "department", "roles"))
                .body("errors.rule", hasItem("min-length"));
        Server.as(admin).get("/api/users/" + username).then().statusCode(404);

        Server.as(admin).contentType(ContentType.JSON).body("{\"code\": \"X1\", ")
                .post("/api/departments").then().statusCode(400).contentType(containsString(Server.PROBLEM_JSON));
        Server.as(admin).contentType(ContentType.JSON).body(Map.of("code", "ok_code", "name", "名称", "kind", "CITY"))
                .post("/api/departments").then().statusCode(400).body("errors.field", hasItem("kind"));
        Server.as(admin).get("/api/departments/ok_code").then().statusCode(404);
    }

    @Test
    void aTakenUsernameIs409() {
        String username = Server.unique("dup");
        Server.as(admin).contentType(ContentType.JSON).body(account(username, "Good-Pass-2026", "", "AUDITOR"))
                .post("/api/users").then().statusCode(201);
        Server.as(admin).contentType(ContentType.JSON).body(account(username, "Good-Pass-2026", "", "AUDITOR"))
                .post("/api/users").then().statusCode(409).body("errors.field", hasItem("username"));
    }

    @Test
    void anOversizedBodyIs413AndStoresNothing() {
        String code = Server.unique("BIG").toUpperCase();
        String body = "{\"code\":\"" + code + "\",\"kind\":\"TOWN\",\"name\":\"" + "长".repeat(600_000) + "\"}";
        Server.as(admin).contentType(ContentType.JSON).body(body)
                .post("/api/departments").then().statusCode(413).contentType(containsString(Server.PROBLEM_JSON));
        Server.as(admin).get("/api/departments/" + code).then().statusCode(404);
    }

    @Test
    void aDisabledAccountsSessionsEndAndItCannotSignIn() {
        String username = Server.unique("gone");
        String token = Server.staff(admin, username, null, "AUDITOR");
        Server.as(token).get("/api/audit").then().statusCode(200);
        Server.as(admin).post("/api/users/" + username + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false));
        Server.as(token).get("/api/audit").then().statusCode(401);
        Server.api().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Server.password(username)))
                .post("/api/session").then().statusCode(401).body("detail", equalTo("用户名或密码错误，或账号已停用"));
        Server.as(admin).post("/api/users/" + username + "/enable").then().statusCode(200);
        Server.signIn(username, Server.password(username));
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        Server.as(admin).post("/api/users/admin/disable").then().statusCode(409);
    }

    @Test
    void aResetPasswordMustBeChangedAgain() {
        String username = Server.unique("reset");
        Server.staff(admin, username, null, "AUDITOR");
        Server.as(admin).contentType(ContentType.JSON).body(Map.of("password", "Reset-Given-2026x"))
                .post("/api/users/" + username + "/password").then().statusCode(200)
                .body("mustChangePassword", equalTo(true));
        Server.api().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "Reset-Given-2026x"))
                .post("/api/session").then().statusCode(200).body("mustChangePassword", equalTo(true));
    }

    @Test
    void accountsArePaged() {
        Server.as(admin).get("/api/users?page=1&size=2").then().statusCode(200)
                .body("size", equalTo(2)).body("items.size()", equalTo(2)).body("total", greaterThan(2));
        Server.as(admin).get("/api/users?size=1000").then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
