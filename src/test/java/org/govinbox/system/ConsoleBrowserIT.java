package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** People's journeys in headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded). */
class ConsoleBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void signIn(String username, String password) {
        Browser.signIn(browser, wait, username, password);
    }

    private static List<String> menu() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu a")));
        return browser.findElements(By.cssSelector("#menu a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theHomePageShowsThePublicServices() {
        browser.get(Server.BASE + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tile-mayor"), "市长信箱"));
        String text = browser.findElement(By.tagName("main")).getText();
        for (String place : new String[] {"政府信息公开", "市长信箱", "区长信箱", "统计"}) {
            assertTrue(text.contains(place), place + " in " + text);
        }
    }

    @Test
    void anAdministratorSignsInSeesTheConsoleAndCreatesADepartment() {
        signIn("admin", Server.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/console.html"));
        List<String> menu = menu();
        assertTrue(menu.containsAll(List.of("部门管理", "账号管理", "邮件投递", "修改密码")), menu.toString());
        assertFalse(menu.contains("办理事项"), "a handler's entry is not an administrator's: " + menu);
        assertFalse(menu.contains("审计日志"), "the administrator does not read their own trail (三员分立): " + menu);

        browser.findElement(By.cssSelector("#menu a[data-menu=departments]")).click();
        String code = Server.unique("WEB").toUpperCase();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-code"))).sendKeys(code);
        browser.findElement(By.id("f-name")).sendKeys("浏览器测试街道<script>");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-kind"))).selectByValue("STREET");
        browser.findElement(By.cssSelector("#view form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), code));
        assertTrue(browser.findElement(By.id("view")).getText().contains("浏览器测试街道<script>"),
                "the name is shown as text, not run as markup");

        browser.findElement(By.cssSelector("[data-action=toggle-language]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu"), "Departments"));
        browser.findElement(By.cssSelector("[data-action=toggle-language]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu"), "部门管理"));

        // the administrator's mail page: the queue in figures, the mail given up
        browser.findElement(By.cssSelector("#menu a[data-menu=mail]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "无法投递的邮件"));
        try {
            Browser.look(browser, "console-mail");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        // the auditor reads the trail — in words: 登录, 成功, 本机 — not session.sign-in, SUCCESS, 0:0:0:0:0:0:0:1
        String auditor = Server.unique("webaud");
        Server.staff(Server.admin(), auditor, null, "AUDITOR");
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login.html"));
        signIn(auditor, Server.password(auditor));
        wait.until(ExpectedConditions.urlContains("/console.html"));
        browser.findElement(By.cssSelector("#menu a[data-menu=audit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "新建部门"));
        browser.findElement(By.id("audit-verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-verification"), "审计链完整"));
        String audit = browser.findElement(By.id("view")).getText();
        assertTrue(audit.contains("登录") && audit.contains("成功"), audit);
        for (String raw : List.of("session.sign-in", "department.create", "SUCCESS", "0:0:0:0:0:0:0:1")) {
            assertFalse(audit.contains(raw), raw + " in " + audit);
        }
        try {
            Browser.look(browser, "console-audit");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNewHandlerIsLedToChangeThePasswordAndThenSeesOnlyTheirMenu() {
        String admin = Server.admin();
        String department = Server.createDepartment(admin, "TOWN");
        String username = Server.unique("webh");
        Server.as(admin).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("username", username, "displayName", "王承办", "password", "First-Pass-2026",
                        "department", department, "roles", List.of("HANDLER")))
                .post("/api/users").then().statusCode(201);

        signIn(username, "First-Pass-2026");
        wait.until(ExpectedConditions.urlContains("#password"));
        assertEquals(List.of("修改密码"), menu());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-currentPassword"))).sendKeys("First-Pass-2026");
        browser.findElement(By.id("f-newPassword")).sendKeys("Handler-Own-2026");
        browser.findElement(By.id("f-repeat")).sendKeys("Handler-Own-2026");
        browser.findElement(By.cssSelector("#view form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "密码已修改"));
        // the forced change done, the user is taken to their work, not left on the password page
        wait.until(ExpectedConditions.urlContains("#home"));
        assertTrue(browser.findElements(By.id("f-currentPassword")).isEmpty(), "the password form is gone");

        List<String> menu = menu();
        assertTrue(menu.contains("办理事项"), menu.toString());
        assertFalse(menu.contains("账号管理"), menu.toString());
        assertFalse(menu.contains("审计日志"), menu.toString());
    }

    @Test
    void anAdministratorChangesAnAccountsRolesInThePage() {
        String admin = Server.admin();
        String department = Server.createDepartment(admin, "BUREAU");
        String username = "aa" + Server.unique("edit");
        Server.as(admin).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("username", username, "displayName", "赵编辑", "password", "First-Pass-2026",
                        "department", department, "roles", List.of("HANDLER")))
                .post("/api/users").then().statusCode(201);
        signIn("admin", Server.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=users]"))).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[text()='" + username + "']]")));
        row.findElement(By.xpath(".//button[text()='修改']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#account-editor input[value=AUDITOR]"))).click();
        browser.findElement(By.cssSelector("#account-editor button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "已完成"));
        Server.as(admin).get("/api/users/" + username).then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.hasItems("HANDLER", "AUDITOR"));
    }

    @Test
    void aWrongPasswordIsShownOnThePage() {
        signIn("admin", "Not-the-password-1");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-form .form-error")));
        assertEquals("用户名或密码错误，或账号已停用", error.getText());
    }
}
