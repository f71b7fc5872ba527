package org.govinbox.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * #15 part 4 on a server of its own whose letters are kept 0 days after closing: the administrator sees what is due,
 * runs the erasure; a closed letter's writer loses name, phone and e-mail (the letter, its history and its query code
 * stay, the erasure a step of the history and an audit line); an open letter keeps them.
 */
class RetentionIT {

    @Test
    void closedLettersLoseTheirWritersContactDataAtTheEndOfTheRetentionPeriod() throws Exception {
        try (OwnServer server = OwnServer.fresh("retention")) {
            server.start(Map.of("govinbox.case.letter.contact-retention-days", "0",
                    "govinbox.retention.first-run-seconds", "3600", "govinbox.second-factor.roles", "none"));
            server.awaitReady();
            String admin = signIn(server, "admin", OwnServer.ADMIN_PASSWORD);
            String office = "OFFICE1";
            server.as(admin).contentType(ContentType.JSON).body(Map.of("code", office, "name", "区政府办公室", "kind", "OFFICE"))
                    .post("/api/departments").then().statusCode(201);
            String dispatcher = staff(server, admin, "disp1", office, "DISPATCHER");
            String auditor = staff(server, admin, "aud1", null, "AUDITOR");

            Map<String, Object> closedLetter = Letters.letter("将被删除联系方式的来信");
            closedLetter.put("email", "writer@example.com");
            JsonPath receipt = write(server, closedLetter);
            write(server, Letters.letter("仍在办理的来信"));
            long closed = idOf(server, dispatcher, "将被删除联系方式的来信");
            long open = idOf(server, dispatcher, "仍在办理的来信");
            String reason = server.as(dispatcher).get("/api/cases/types/LETTER").then().statusCode(200).extract()
                    .jsonPath().getString("rejectReasons[0]");
            server.as(dispatcher).contentType(ContentType.JSON).body(Map.of("reason", reason))
                    .post("/api/cases/" + closed + "/reject").then().statusCode(200).body("state", equalTo("REJECTED"));

            // only the administrator sees and runs it
            server.as(dispatcher).get("/api/retention").then().statusCode(403);
            server.as(dispatcher).post("/api/retention/run").then().statusCode(403);
            JsonPath status = server.as(admin).get("/api/retention").then().statusCode(200).extract().jsonPath();
            assertEquals(0, status.getInt("rules.find { it.type == 'LETTER' }.days"));
            assertEquals(1, status.getInt("rules.find { it.type == 'LETTER' }.due"));
            assertEquals(null, status.getString("rules.find { it.type == 'SUGGESTION' }.days"));
            server.as(admin).post("/api/retention/run").then().statusCode(200).body("erased", equalTo(1));
            server.as(admin).post("/api/retention/run").then().statusCode(200).body("erased", equalTo(0));
            server.as(admin).get("/api/retention").then().statusCode(200).body("lastRunErased", equalTo(0))
                    .body("rules.find { it.type == 'LETTER' }.due", equalTo(0));

            JsonPath erased = server.as(dispatcher).get("/api/cases/" + closed).then().statusCode(200).extract().jsonPath();
            assertEquals("（已删除）", erased.getString("submitter.name"));
            assertEquals(null, erased.getString("submitter.phone"));
            assertEquals(null, erased.getString("submitter.email"));
            assertNotNull(erased.getString("parties[0].contactErasedAt"));
            assertEquals("将被删除联系方式的来信", erased.getString("title"), "the letter itself stays");
            List<String> steps = erased.getList("history.action");
            assertEquals("ERASE_CONTACT", steps.get(steps.size() - 1));
            String text = erased.prettify();
            assertFalse(text.contains("13812348000") || text.contains("张三") || text.contains("writer@example.com"), text);
            // the writer still follows their letter with code and secret
            server.api().contentType(ContentType.JSON).body(Map.of("queryCode", receipt.getString("queryCode"),
                    "querySecret", receipt.getString("querySecret"))).post("/api/letters/lookup").then().statusCode(200)
                    .body("state", equalTo("REJECTED"));

            server.as(dispatcher).get("/api/cases/" + open).then().statusCode(200).body("submitter.name", equalTo("张三"))
                    .body("submitter.phone", equalTo("13812348000"));

            List<Map<String, Object>> trail = server.as(auditor).get("/api/audit?size=100").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertTrue(trail.stream().anyMatch(e -> "case.erase-contact".equals(e.get("action"))
                    && String.valueOf(closed).equals(e.get("objectId")) && "system".equals(e.get("actor"))), trail.toString());
            assertTrue(trail.stream().anyMatch(e -> "retention.run".equals(e.get("action")) && "admin".equals(e.get("actor"))));
        }
    }

    private static String signIn(OwnServer server, String username, String password) {
        return server.api().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/session").then().statusCode(200).extract().path("token");
    }

    private static String staff(OwnServer server, String admin, String username, String department, String role) {
        String initial = "Initial-Ret-2026x";
        server.as(admin).contentType(ContentType.JSON).body(Map.of("username", username, "displayName", "测试" + username,
                "password", initial, "department", department == null ? "" : department, "roles", List.of(role)))
                .post("/api/users").then().statusCode(201);
        String token = signIn(server, username, initial);
        server.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", initial, "newPassword", "Chosen-" + username + "-Ret9"))
                .post("/api/session/password").then().statusCode(204);
        return token;
    }

    private static JsonPath write(OwnServer server, Map<String, Object> letter) {
        return server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", Server.proof(server.base))
                .body(letter).post("/api/letters").then().statusCode(201).extract().jsonPath();
    }

    private static long idOf(OwnServer server, String token, String title) {
        List<Map<String, Object>> items = server.as(token).get("/api/cases?sort=received&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> title.equals(i.get("title"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElseThrow();
    }
}
