package org.govinbox.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in, sign-out, lockout and the browser's cookie with its CSRF token, over HTTP against the real server. */
class SessionIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Server.awaitReady();
        admin = Server.admin();
    }

    /** Each test's failures come from an address of its own (the test server trusts 127.0.0.1 as a proxy). */
    private final String address = Letters.newClientAddress();

    private Response attempt(String username, String password) {
        return attempt(address, username, password);
    }

    private static Response attempt(String from, String username, String password) {
        return Server.api().contentType(ContentType.JSON).header("X-Forwarded-For", from)
                .body(Map.of("username", username, "password", password))
                .post("/api/session");
    }

    @Test
    void theAdministratorSignsInWithTheConfiguredPassword() {
        attempt("admin", Server.ADMIN_PASSWORD).then()
                .statusCode(200)
                .body("token", notNullValue())
                .body("username", equalTo("admin"))
                .body("displayName", equalTo("系统管理员"))
                .body("roles", hasItem("ADMIN"))
                .body("department", nullValue())
                .body("mustChangePassword", equalTo(false))
                .cookie("GOVINBOX_SESSION", notNullValue());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Response wrongPassword = attempt("admin", "Not-the-password-1");
        Response unknownUser = attempt(Server.unique("ghost"), "Not-the-password-1");
        wrongPassword.then().statusCode(401).contentType(containsString(Server.PROBLEM_JSON))
                .body("detail", equalTo("用户名或密码错误，或账号已停用"));
        unknownUser.then().statusCode(401).contentType(containsString(Server.PROBLEM_JSON));
        assertEquals(wrongPassword.jsonPath().getString("detail"), unknownUser.jsonPath().getString("detail"));
        assertEquals(wrongPassword.jsonPath().getString("title"), unknownUser.jsonPath().getString("title"));
    }

    @Test
    void afterFiveFailuresTheUsernameWaitsAFewSecondsThenItsOwnerSignsIn() {
        String username = Server.unique("lock");
        Server.staff(admin, username, null, "AUDITOR");
        for (int i = 1; i <= 5; i++) {
            attempt(username, "Wrong-password-" + i).then().statusCode(401);
        }
        Response waiting = attempt(username, Server.password(username));
        waiting.then().statusCode(429).header("Retry-After", notNullValue())
                .contentType(containsString(Server.PROBLEM_JSON))
                .body("detail", containsString("该用户名登录失败的次数过多"));
        long retryAfter = Long.parseLong(waiting.getHeader("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "a delay of seconds, not a lock of minutes: " + retryAfter);
        // R4a: the owner is not kept out for long — from any address, once the delay is over
        org.awaitility.Awaitility.await("the delay is over").atMost(java.time.Duration.ofSeconds(retryAfter + 15))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> attempt(Letters.newClientAddress(), username, Server.password(username)).statusCode() == 200);
        Server.as(Server.auditor()).get("/api/audit?size=50").then().statusCode(200)
                .body("items.findAll { it.objectId == '" + username + "' }.result", hasItem("FAILURE"));
    }

    @Test
    void anUnknownUsernameWaitsAlikeSoTheDelayRevealsNothing() {
        String ghost = Server.unique("ghost");
        for (int i = 1; i <= 5; i++) {
            attempt(ghost, "Wrong-password-" + i).then().statusCode(401);
        }
        attempt(ghost, "Wrong-password-6").then().statusCode(429).body("detail", containsString("该用户名登录失败的次数过多"));
    }

    @Test
    void sprayingPasswordsAcrossUsernamesStopsTheAddressNotTheOwners() {
        String sprayer = Letters.newClientAddress();
        for (int i = 1; i <= 20; i++) {
            attempt(sprayer, Server.unique("spray"), "Spring-2026-" + i).then().statusCode(401);
        }
        attempt(sprayer, "admin", Server.ADMIN_PASSWORD).then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("本网络地址"));
        attempt(Letters.newClientAddress(), "admin", Server.ADMIN_PASSWORD).then().statusCode(200);
    }

    @Test
    void aDisabledAccountAnUnknownOneAndAWrongPasswordAllGetTheSameAnswer() {
        String username = Server.unique("off");
        Server.staff(admin, username, null, "AUDITOR");
        Server.as(admin).post("/api/users/" + username + "/disable").then().statusCode(200);
        Response disabled = attempt(username, Server.password(username));
        Response unknown = attempt(Server.unique("nobody"), Server.password(username));
        Response wrong = attempt("admin", "Not-the-password-1");
        for (Response r : List.of(disabled, unknown, wrong)) {
            r.then().statusCode(401);
            assertEquals(wrong.asString(), r.asString());
        }
    }

    @Test
    void signingOutEndsTheToken() {
        String token = Server.admin();
        Server.as(token).get("/api/session").then().statusCode(200).body("username", equalTo("admin"))
                .body("token", nullValue());
        Server.as(token).delete("/api/session").then().statusCode(204);
        Server.as(token).get("/api/session").then().statusCode(401).contentType(containsString(Server.PROBLEM_JSON));
    }

    @Test
    void anonymousCallersGet401() {
        Server.api().get("/api/users").then().statusCode(401).contentType(containsString(Server.PROBLEM_JSON))
                .body("title", equalTo("未登录或登录已失效"));
        Server.api().header("Authorization", "Bearer made-up-token").get("/api/departments").then().statusCode(401);
    }

    @Test
    void theBrowsersCookieNeedsTheCsrfTokenForChanges() {
        Response signIn = attempt("admin", Server.ADMIN_PASSWORD);
        String cookie = signIn.getCookie("GOVINBOX_SESSION");
        String csrf = signIn.jsonPath().getString("csrfToken");
        Map<String, String> department = Map.of("code", Server.unique("C").toUpperCase(), "name", "CSRF 测试", "kind", "TOWN");

        Server.api().cookie("GOVINBOX_SESSION", cookie).get("/api/departments").then().statusCode(200);
        Server.api().cookie("GOVINBOX_SESSION", cookie).contentType(ContentType.JSON).body(department)
                .post("/api/departments").then().statusCode(403).body("detail", containsString("CSRF"));
        Server.api().cookie("GOVINBOX_SESSION", cookie).header("X-CSRF-Token", "forged").contentType(ContentType.JSON)
                .body(department).post("/api/departments").then().statusCode(403);
        Server.as(admin).get("/api/departments/" + department.get("code")).then().statusCode(404);
        Server.api().cookie("GOVINBOX_SESSION", cookie).header("X-CSRF-Token", csrf).contentType(ContentType.JSON)
                .body(department).post("/api/departments").then().statusCode(201);
    }

    @Test
    void theCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = attempt("admin", Server.ADMIN_PASSWORD).getHeader("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));
    }
}
