package org.govinbox.system;

import static org.awaitility.Awaitility.await;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mail through a real SMTP server (GreenMail on the port the test server sends to), including the server being
 * down for a while: mail waits in the outbox and arrives when SMTP is back.
 */
class MailIT {

    private static final int PORT = Integer.getInteger("govinbox.it.smtp-port", 13025);
    private static GreenMail smtp;
    private static Letters.Staff staff;

    @BeforeAll
    static void start() {
        Server.awaitReady();
        smtp = startSmtp();
        staff = Letters.Staff.create();
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String address, Duration within) {
        return await("mail to " + address).atMost(within).until(() -> to(address), found -> !found.isEmpty()).get(0);
    }

    private static JsonPath outbox() {
        return Server.as(staff.admin()).get("/api/outbox").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> writeWith(String email) {
        Map<String, Object> letter = Letters.letter(Server.unique("mail"));
        letter.put("email", email);
        return Letters.written(letter);
    }

    @Test
    void theReceiptCarriesTheQueryCodeAndSecret() throws Exception {
        String email = Server.unique("citizen") + "@example.com";
        Map<String, String> receipt = writeWith(email);
        MimeMessage mail = awaitMail(email, Duration.ofSeconds(20));
        assertTrue(mail.getSubject().contains(receipt.get("queryCode")), mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("查询码：" + receipt.get("queryCode")), body);
        assertTrue(body.contains("查询密码：" + receipt.get("querySecret")), body);
    }

    @Test
    void theDepartmentHearsOfItsAssignmentAndTheCitizenOfTheReply() throws Exception {
        String departmentMail = Server.unique("dept") + "@gov.example.cn";
        String code = Server.unique("M").toUpperCase();
        Server.as(staff.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "邮件测试局", "kind", "BUREAU", "email", departmentMail))
                .post("/api/departments").then().statusCode(201);
        String handler = Server.staff(staff.admin(), Server.unique("mh"), code, "HANDLER");
        String email = Server.unique("writer") + "@example.com";
        Map<String, Object> letter = Letters.letter(Server.unique("assigned"));
        letter.put("email", email);
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), (String) letter.get("title"));
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", code)).then().statusCode(200);
        MimeMessage assigned = awaitMail(departmentMail, Duration.ofSeconds(20));
        assertTrue(assigned.getSubject().startsWith("【交办】"), assigned.getSubject());
        assertTrue(assigned.getContent().toString().contains("编号：" + id), assigned.getContent().toString());

        Letters.act(handler, id, "reply", Map.of("text", "已答复。")).then().statusCode(200);
        await("the citizen is told of the reply").atMost(Duration.ofSeconds(20))
                .until(() -> to(email).stream().anyMatch(MailIT::isReplyNotice));
    }

    private static boolean isReplyNotice(MimeMessage m) {
        try {
            return m.getSubject().startsWith("您的来信已答复");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void anSmtpOutageDelaysMailAndLosesNone() throws Exception {
        smtp.stop();
        String email = Server.unique("outage") + "@example.com";
        Map<String, String> receipt;
        try {
            receipt = writeWith(email);
            await("a failed attempt: the receipt waits in the outbox").atMost(Duration.ofSeconds(20))
                    .until(() -> outbox().getLong("retrying") >= 1);
            assertTrue(to(email).isEmpty());
        } finally {
            smtp = startSmtp();
        }
        MimeMessage mail = awaitMail(email, Duration.ofSeconds(30));
        assertTrue(mail.getSubject().contains(receipt.get("queryCode")));
        await("every message sent").atMost(Duration.ofSeconds(30)).until(() -> outbox().getLong("pending") == 0);
        assertEquals(1, to(email).size(), "delivered once, not once per attempt");
    }

    @Test
    void aRecipientRefusedForGoodIsGivenUpAndShownToTheAdministrator() throws Exception {
        long deadBefore = outbox().getLong("dead");
        String email = Server.unique("refused") + "@example.com";
        smtp.stop();
        try (RefusingSmtp refusing = new RefusingSmtp(PORT, "550 5.1.1 no such mailbox", "250 OK")) {
            writeWith(email);
            await("given up after the permanent refusals").atMost(Duration.ofSeconds(30))
                    .until(() -> outbox().getLong("dead") > deadBefore);
            assertEquals(3, refusing.recipients.stream().filter(email::equalsIgnoreCase).count(),
                    "tried as often as the policy says (govinbox.mail.dead-after-refusals), not for ever");
        } finally {
            smtp = startSmtp();
        }
        JsonPath dead = Server.as(staff.admin()).get("/api/outbox/dead?size=100").then().statusCode(200).extract().jsonPath();
        String masked = email.substring(0, 2) + "***@example.com";
        assertTrue(dead.getList("items.recipient").contains(masked), dead.prettify());
        assertTrue(dead.prettify().contains("550"), "the refusal is named: " + dead.prettify());
        await("the rest of the outbox drains").atMost(Duration.ofSeconds(30)).until(() -> outbox().getLong("pending") == 0);
        assertTrue(to(email).isEmpty(), "a dead message is not sent later");
        Server.as(Server.staff(staff.admin(), Server.unique("nomail"), null, "AUDITOR")).get("/api/outbox/dead")
                .then().statusCode(403);
    }

    @Test
    void aMessageKeepsItsMessageIdAcrossAttempts() throws Exception {
        String email = Server.unique("resent") + "@example.com";
        List<String> attempts;
        smtp.stop();
        try (RefusingSmtp refusing = new RefusingSmtp(PORT, "250 OK", "451 4.3.0 try again later")) {
            writeWith(email);
            attempts = await("two attempts that reached the data").atMost(Duration.ofSeconds(30))
                    .until(() -> refusing.messages.stream().filter(m -> m.startsWith(email + " ")).toList(),
                            seen -> seen.size() >= 2);
        } finally {
            smtp = startSmtp();
        }
        assertEquals(attempts.get(0), attempts.get(1), "the same Message-ID on the second attempt");
        MimeMessage mail = awaitMail(email, Duration.ofSeconds(30));
        assertEquals(attempts.get(0).substring(email.length() + 1), mail.getMessageID(), "and on the one delivered");
    }

    @Test
    void anInternationalisedDepartmentAddressGoesOutInItsAsciiForm() throws Exception {
        String local = Server.unique("idn");
        String ascii = local + "@" + java.net.IDN.toASCII("测试政府.中国");
        String code = Server.unique("I").toUpperCase();
        Server.as(staff.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "域名测试局", "kind", "BUREAU", "email", local + "@测试政府.中国"))
                .post("/api/departments").then().statusCode(201);
        Map<String, Object> letter = Letters.letter(Server.unique("idn"));
        Letters.written(letter);
        long id = Letters.idOf(staff.dispatcher(), (String) letter.get("title"));
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", code)).then().statusCode(200);
        MimeMessage assigned = awaitMail(ascii, Duration.ofSeconds(20));
        assertEquals(ascii, assigned.getAllRecipients()[0].toString());
    }
}
