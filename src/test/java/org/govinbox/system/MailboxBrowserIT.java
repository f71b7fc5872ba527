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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole journey in headless Chromium: a citizen writes → the dispatcher accepts and assigns → the handler
 * replies → the citizen follows the letter and rates the reply.
 */
class MailboxBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Letters.Staff staff;
    private static String dispatcherName;
    private static String handlerName;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        String admin = Server.admin();
        String office = Server.createDepartment(admin, "OFFICE");
        String bureau = Server.createDepartment(admin, "BUREAU");
        dispatcherName = Server.unique("bdisp");
        handlerName = Server.unique("bhand");
        Server.staff(admin, dispatcherName, office, "DISPATCHER");
        Server.staff(admin, handlerName, bureau, "HANDLER");
        staff = new Letters.Staff(admin, office, null, bureau, null, null, null, null, null);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void act(String action) {
        Browser.act(browser, wait, action);
    }

    @Test
    void aCitizenWritesTheOfficeAssignsTheDepartmentRepliesTheCitizenRates() throws Exception {
        String title = "学校门口<b>交通</b>" + Server.unique("b");
        browser.get(Server.BASE + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tile-mayor a.button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mailbox option")));
        assertEquals("MAYOR", new Select(browser.findElement(By.id("mailbox"))).getFirstSelectedOption().getAttribute("value"));
        new Select(browser.findElement(By.id("category"))).selectByValue("SUGGESTION");
        // sent empty: every missing field at once, the privacy notice among them, named as the form names them
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for=privacy]")));
        String summary = browser.findElement(By.cssSelector("#letter-form .form-error")).getText();
        for (String label : List.of("标题", "内容", "姓名", "手机号码", "个人信息保护说明")) {
            assertTrue(summary.contains(label), summary);
        }
        assertFalse(summary.matches("(?s).*\\b(title|content|name|phone)\\b.*"), summary);
        for (String field : List.of("title", "content", "name", "phone")) {
            assertTrue(browser.findElement(By.cssSelector("[data-error-for=" + field + "]")).isDisplayed(), field);
        }
        Browser.look(browser, "mailbox-form-errors");
        type("title", title);
        type("content", "上下学时段拥堵，\n希望增派交警。");
        assertTrue(browser.findElement(By.id("content-counter")).getText().contains("/ 5000"));
        type("name", "张三");
        type("phone", "13812348000");
        browser.findElement(By.id("publicConsent")).click();
        browser.findElement(By.id("privacy")).click();
        browser.findElement(By.id("send")).click();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-code"))).getText();
        String secret = browser.findElement(By.id("query-secret")).getText();
        assertTrue(code.length() >= 10 && secret.length() >= 6, code + " / " + secret);
        assertTrue(browser.findElement(By.id("accept-by")).getText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(browser.findElement(By.id("reply-by")).getText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(browser.findElement(By.id("mailed")).getText().contains("没有填写电子邮箱"), "no mail promised without an address");
        String follow = browser.findElement(By.id("follow-link")).getAttribute("href");
        assertTrue(follow.endsWith("/follow.html?code=" + code) && !follow.contains(secret), follow);
        Browser.look(browser, "mailbox-receipt");

        Browser.signIn(browser, wait, dispatcherName, Server.password(dispatcherName));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=cases]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@class,'case-link') and text()=\"" + title + "\"]"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "待受理"));
        assertTrue(browser.findElement(By.id("case-title")).getText().contains(title), "the title is shown as text");
        act("accept");
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已受理，待交办"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a-lead")))).selectByValue(staff.deptA());
        act("assign");
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "办理中"));
        Browser.look(browser, "mailbox-case");
        // in English, the state and the history are in English too
        browser.findElement(By.cssSelector("[data-action=toggle-language]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "Being handled"));
        String history = browser.findElement(By.id("view")).getText();
        assertTrue(history.contains("Accepted, to be assigned") && history.contains("Assign"), history);
        browser.findElement(By.cssSelector("[data-action=toggle-language]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "办理中"));
        assertTrue(!browser.findElement(By.id("view")).getText().contains("null"), "no empty value shows as null");

        Browser.signIn(browser, wait, handlerName, Server.password(handlerName));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=cases]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@class,'case-link') and text()=\"" + title + "\"]"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "办理中"));
        List<String> offered = browser.findElements(By.cssSelector("[data-action-button]")).stream()
                .map(b -> b.getAttribute("data-action-button")).toList();
        assertTrue(offered.contains("reply") && !offered.contains("assign"), offered.toString());
        Browser.unfold(browser, "reply");
        type("a-reply-text", "已协调交警在上下学时段疏导。");
        act("reply");
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已答复"));

        browser.manage().deleteAllCookies();
        browser.get(Server.BASE + "/follow.html?code=" + code);
        wait.until(ExpectedConditions.attributeToBe(By.id("queryCode"), "value", code));
        type("querySecret", secret);
        browser.findElement(By.id("lookup")).click();
        assertEquals("已答复", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letter-state"))).getText());
        assertEquals("已协调交警在上下学时段疏导。", browser.findElement(By.id("reply-text")).getText());
        assertEquals(title, browser.findElement(By.id("letter-title")).getText());
        browser.findElement(By.cssSelector(".letter-own summary")).click();
        assertEquals("上下学时段拥堵，\n希望增派交警。", browser.findElement(By.id("letter-content")).getText());
        String steps = browser.findElement(By.id("steps")).getText();
        assertTrue(steps.contains("待受理") && steps.contains("办理中") && steps.contains("已答复"), steps);
        browser.findElement(By.cssSelector("input[name=satisfaction][value=SATISFIED]")).click();
        type("comment", "谢谢");
        browser.findElement(By.id("rate")).click();
        wait.until(ExpectedConditions.textToBe(By.id("letter-state"), "已办结"));
        assertTrue(browser.findElement(By.id("rated")).getText().contains("满意"));
        Browser.look(browser, "mailbox-follow");
    }
}
