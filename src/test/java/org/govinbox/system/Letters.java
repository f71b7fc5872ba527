package org.govinbox.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A citizen and the staff of a test: letters written over the public API, and the people who handle them. */
final class Letters {

    private Letters() {
    }

    /** A client address of its own, so that each test has its own lookup allowance. */
    static String newClientAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static Map<String, Object> letter(String title) {
        Map<String, Object> letter = new HashMap<>();
        letter.put("mailbox", "MAYOR");
        letter.put("category", "CONSULTATION");
        letter.put("title", title);
        letter.put("content", "清姜路学校门口上下学时段交通拥堵，希望增派交警疏导。");
        letter.put("name", "张三");
        letter.put("phone", "13812348000");
        letter.put("publicConsent", true);
        letter.put("privacyAccepted", true);
        return letter;
    }

    static Response write(Map<String, Object> letter) {
        return Server.api().contentType(ContentType.JSON).header("X-Proof-Of-Work", Server.proof()).body(letter).post("/api/letters");
    }

    /** Writes a letter and answers {queryCode, querySecret}. */
    static Map<String, String> written(Map<String, Object> letter) {
        return write(letter).then().statusCode(201).extract().jsonPath().getMap("", String.class, String.class);
    }

    static RequestSpecification citizen(String address) {
        return Server.api().contentType(ContentType.JSON).header("X-Forwarded-For", address);
    }

    static Response lookup(String address, Map<String, String> receipt) {
        return citizen(address).body(Map.of("queryCode", receipt.get("queryCode"), "querySecret", receipt.get("querySecret")))
                .post("/api/letters/lookup");
    }

    static Response rate(String address, Map<String, String> receipt, String satisfaction, String comment) {
        return citizen(address).body(Map.of("queryCode", receipt.get("queryCode"), "querySecret", receipt.get("querySecret"),
                "satisfaction", satisfaction, "comment", comment)).post("/api/letters/rating");
    }

    /** The id of the case with this title, as a dispatcher finds it in the list. */
    static long idOf(String dispatcher, String title) {
        List<Map<String, Object>> items = Server.as(dispatcher).get("/api/cases?sort=received&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> title.equals(i.get("title"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no case titled " + title));
    }

    static Response act(String token, long id, String action, Map<String, ?> body) {
        return Server.as(token).contentType(ContentType.JSON).body(body == null ? Map.of() : body)
                .post("/api/cases/" + id + "/" + action);
    }

    /** A government office with a dispatcher, and two departments with a handler each. */
    record Staff(String admin, String office, String dispatcher, String deptA, String handlerA, String deptB,
                 String handlerB, String deptC, String handlerC) {

        static Staff create() {
            String admin = Server.admin();
            String office = Server.createDepartment(admin, "OFFICE");
            String a = Server.createDepartment(admin, "BUREAU");
            String b = Server.createDepartment(admin, "TOWN");
            String c = Server.createDepartment(admin, "STREET");
            return new Staff(admin, office, Server.staff(admin, Server.unique("disp"), office, "DISPATCHER"),
                    a, Server.staff(admin, Server.unique("ha"), a, "HANDLER"),
                    b, Server.staff(admin, Server.unique("hb"), b, "HANDLER"),
                    c, Server.staff(admin, Server.unique("hc"), c, "HANDLER"));
        }
    }
}
