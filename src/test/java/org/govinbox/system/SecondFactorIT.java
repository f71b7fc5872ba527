package org.govinbox.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.govinbox.accounts.control.SecondFactor;
import org.junit.jupiter.api.Test;

/**
 * #15 (3) on a server of its own with the product's default (administrators and auditors need a second factor): the
 * administrator sets one up before anything else, then signs in with password and one-time password; a code is not
 * accepted twice; a recovery code works once; another administrator resets a lost device.
 */
class SecondFactorIT {

    @Test
    void administratorsSignInWithATimeBasedCodeOrARecoveryCode() throws Exception {
        try (OwnServer server = OwnServer.fresh("second-factor")) {
            server.start();
            server.awaitReady();
            JsonPath first = signIn(server, "admin", OwnServer.ADMIN_PASSWORD, null).then().statusCode(200)
                    .body("mustEnrollSecondFactor", equalTo(true)).extract().jsonPath();
            String token = first.getString("token");
            server.as(token).get("/api/users").then().statusCode(403);

            String secret = server.as(token).post("/api/session/second-factor").then().statusCode(200)
                    .body("uri", org.hamcrest.Matchers.startsWith("otpauth://totp/")).extract().path("secret");
            server.as(token).contentType(ContentType.JSON).body(Map.of("code", "000000"))
                    .post("/api/session/second-factor/confirm").then().statusCode(400).body("errors.field", hasItem("code"));
            Instant confirmedAt = Instant.now();
            List<String> recovery = server.as(token).contentType(ContentType.JSON)
                    .body(Map.of("code", SecondFactor.code(secret, confirmedAt)))
                    .post("/api/session/second-factor/confirm").then().statusCode(200).extract().jsonPath().getList("recoveryCodes");
            assertEquals(10, recovery.size());
            server.as(token).get("/api/users").then().statusCode(200);
            server.as(token).get("/api/session").then().body("mustEnrollSecondFactor", equalTo(false));

            // from now on: the password alone is not enough
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, null).then().statusCode(401)
                    .body("type", equalTo("urn:govinbox:second-factor")).body("errors.field", hasItem("code"));
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, "123456").then().statusCode(401)
                    .body("title", equalTo("动态验证码不正确"));
            // the code used to confirm is spent; the next step's code signs in, once
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, SecondFactor.code(secret, confirmedAt)).then().statusCode(401)
                    .body("title", equalTo("动态验证码不正确"));
            long confirmedStep = confirmedAt.getEpochSecond() / 30;
            Awaitility.await("the next 30-second step").atMost(Duration.ofSeconds(35)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Instant.now().getEpochSecond() / 30 > confirmedStep);
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, SecondFactor.code(secret, Instant.now())).then().statusCode(200);
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, SecondFactor.code(secret, Instant.now())).then().statusCode(401)
                    .body("title", equalTo("动态验证码不正确"));
            // a recovery code instead of the phone, once
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, recovery.get(3)).then().statusCode(200);
            signIn(server, "admin", OwnServer.ADMIN_PASSWORD, recovery.get(3)).then().statusCode(401);
            String admin = signIn(server, "admin", OwnServer.ADMIN_PASSWORD, recovery.get(4)).then().statusCode(200)
                    .extract().path("token");

            // an auditor needs one too; the administrator resets it after a lost phone, not their own
            String initial = "Initial-Aud-2026x";
            server.as(admin).contentType(ContentType.JSON).body(Map.of("username", "auditor1", "displayName", "审计员",
                    "password", initial, "department", "", "roles", List.of("AUDITOR"))).post("/api/users").then().statusCode(201);
            String auditor = signIn(server, "auditor1", initial, null).then().statusCode(200).extract().path("token");
            server.as(auditor).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", initial, "newPassword", "Auditor-Own-2026x"))
                    .post("/api/session/password").then().statusCode(204);
            server.as(auditor).get("/api/audit").then().statusCode(403);
            String auditorSecret = server.as(auditor).post("/api/session/second-factor").then().statusCode(200).extract().path("secret");
            server.as(auditor).contentType(ContentType.JSON).body(Map.of("code", SecondFactor.code(auditorSecret, Instant.now())))
                    .post("/api/session/second-factor/confirm").then().statusCode(200);
            server.as(auditor).get("/api/audit?size=100").then().statusCode(200)
                    .body("items.action", hasItem("account.second-factor"))
                    .body("items.action", hasItem("account.recovery-code"));
            server.as(admin).post("/api/users/admin/second-factor/reset").then().statusCode(409);
            server.as(admin).post("/api/users/auditor1/second-factor/reset").then().statusCode(200);
            server.as(auditor).get("/api/audit").then().statusCode(401);
            signIn(server, "auditor1", "Auditor-Own-2026x", null).then().statusCode(200)
                    .body("mustEnrollSecondFactor", equalTo(true));
        }
    }

    private static Response signIn(OwnServer server, String username, String password, String code) {
        Map<String, String> body = code == null ? Map.of("username", username, "password", password)
                : Map.of("username", username, "password", password, "code", code);
        return server.api().contentType(ContentType.JSON).body(body).post("/api/session");
    }
}
