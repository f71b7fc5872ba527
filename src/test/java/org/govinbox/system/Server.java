package org.govinbox.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Payara Micro that {@code mvn verify} started (see the pom): its address, a wait until it is
 * ready, and sign-ins. Names made by tests carry a per-run suffix so that reruns on the same data agree.
 */
final class Server {

    static final String BASE = System.getProperty("govinbox.it.base-url", "http://localhost:18080");
    static final String ADMIN_PASSWORD = System.getProperty("govinbox.it.admin-password");
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static volatile boolean ready;

    private Server() {
    }

    /** Waits for {@code /health/ready}: the app deployed and its database migrated. */
    static synchronized void awaitReady() {
        if (ready) {
            return;
        }
        HttpClient client = HttpClient.newHttpClient();
        org.awaitility.Awaitility.await("GovInbox at " + BASE + " ready").atMost(Duration.ofMinutes(3)).ignoreExceptions()
                .until(() -> {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200 && response.body().contains("database");
                });
        ready = true;
    }

    /** A name no earlier run or test used: lower case letters and digits after the prefix. */
    static String unique(String prefix) {
        return prefix + RUN + SERIAL.incrementAndGet();
    }

    static RequestSpecification api() {
        return given().baseUri(BASE).accept(ContentType.JSON);
    }

    static RequestSpecification as(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    static String signIn(String username, String password) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/session")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** B1: solves the public forms' proof of work of the server at {@code base} (the X-Proof-Of-Work value). */
    static String proof(String base) {
        io.restassured.path.json.JsonPath c = given().baseUri(base).accept(ContentType.JSON).get("/api/site/challenge")
                .then().statusCode(200).extract().jsonPath();
        String salt = c.getString("salt");
        String challenge = c.getString("challenge");
        int max = c.getInt("maxnumber"); // read once: each JsonPath read is a Groovy evaluation
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (int n = 0; n <= max; n++) {
                String hex = java.util.HexFormat.of().formatHex(sha.digest((salt + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                if (hex.equals(challenge)) {
                    String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge + "\",\"number\":" + n
                            + ",\"salt\":\"" + salt + "\",\"signature\":\"" + c.getString("signature") + "\"}";
                    return java.util.Base64.getEncoder().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no solution up to maxnumber for " + challenge);
    }

    static String proof() {
        return proof(BASE);
    }

    static String admin() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    private static volatile String auditor;

    /** An auditor's token (one auditor per test run): only the auditor reads the audit trail (三员分立). */
    static synchronized String auditor() {
        if (auditor == null || as(auditor).get("/api/session").statusCode() != 200) {
            auditor = staff(admin(), unique("auditor"), null, "AUDITOR");
        }
        return auditor;
    }

    static String createDepartment(String adminToken, String kind) {
        String code = unique("D").toUpperCase();
        as(adminToken).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "测试部门" + code, "kind", kind))
                .post("/api/departments").then().statusCode(201);
        return code;
    }

    /** Creates an account and does its forced first password change; answers its token. */
    static String staff(String adminToken, String username, String department, String... roles) {
        String initial = "Initial-Pass-" + RUN + "1";
        as(adminToken).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "测试" + username, "password", initial,
                        "department", department == null ? "" : department, "roles", List.of(roles)))
                .post("/api/users").then().statusCode(201);
        String token = signIn(username, initial);
        as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", initial, "newPassword", password(username)))
                .post("/api/session/password").then().statusCode(204);
        return token;
    }

    /** The password {@link #staff} set for an account. */
    static String password(String username) {
        return "Chosen-" + username + "-9";
    }
}
