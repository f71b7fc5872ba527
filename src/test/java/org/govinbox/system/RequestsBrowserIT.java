package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A disclosure request as people take it: a citizen applies on a phone (a wrong check digit is pointed out at the
 * field), keeps the codes and follows the application; the office asks for a correction, the citizen corrects it on
 * the page, the office decides with the legal basis suggested and the letter appears for both; the office reads
 * the annual report's tables. Every page is checked for text a person should never read.
 */
class RequestsBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Letters.Staff staff;
    private static String dispatcher;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        staff = Letters.Staff.create();
        dispatcher = Server.unique("rdisp");
        Server.staff(Server.admin(), dispatcher, staff.office(), "DISPATCHER");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void readable(String page) {
        Browser.readable(browser, page);
    }

    private static void noSideways(String page) {
        long scroll = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(scroll <= 0, page + " scrolls sideways by " + scroll + " px at phone width");
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void lookUp(String code, String secret) {
        browser.get(Server.BASE + "/apply.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#applicantType option")));
        type("queryCode", code);
        type("querySecret", secret);
        browser.findElement(By.cssSelector("#lookup-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    }

    private static void openCase(long id) {
        browser.get(Server.BASE + "/console.html#case/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-record")));
    }

    @Test
    void applyFollowCorrectDecideAndReadTheReport() throws Exception {
        String description = Server.unique("渭滨区2025年老旧小区改造项目清单");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(Server.BASE + "/apply.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#applicantType option")));
        readable("the application form");
        noSideways("the application form");
        // an organisation needs a contact person: the field appears when one is chosen, and goes again
        new Select(browser.findElement(By.id("applicantType"))).selectByValue("COMMERCIAL");
        assertTrue(browser.findElement(By.id("contactPerson")).isDisplayed());
        new Select(browser.findElement(By.id("applicantType"))).selectByValue("PERSON");
        assertFalse(browser.findElement(By.id("contactPerson")).isDisplayed());
        type("name", "赵敏");
        type("idNumber", "110105194912310021");
        type("phone", "13912345678");
        type("description", description);
        new Select(browser.findElement(By.id("delivery"))).selectByValue("ONLINE");
        browser.findElement(By.id("privacy")).click();
        browser.findElement(By.id("send")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for=idNumber]")));
        assertTrue(error.getText().contains("校验位"), error.getText());
        assertTrue(browser.findElement(By.cssSelector("#request-form .form-error")).getText().contains("证件号码"));
        type("idNumber", "11010519491231002X");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
        String code = browser.findElement(By.id("query-code")).getText();
        String secret = browser.findElement(By.id("query-secret")).getText();
        assertTrue(browser.findElement(By.id("due-on")).getText().matches("\\d{4}年\\d{1,2}月\\d{1,2}日"));
        assertTrue(browser.findElement(By.id("mailed")).getText().contains("没有填写电子邮箱"));
        readable("the receipt");
        browser.findElement(By.id("follow-now")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "待受理"));
        assertTrue(browser.findElement(By.id("status")).getText().contains(description));
        readable("the application followed");
        noSideways("the application followed");
        Browser.look(browser, "request-phone");

        long id = ((Number) Server.as(staff.dispatcher()).get("/api/cases?type=DISCLOSURE_REQUEST&size=100").then().extract()
                .jsonPath().getList("items", Map.class).stream()
                .filter(i -> ("申请公开：" + description).equals(i.get("title"))).findFirst().orElseThrow().get("id")).longValue();

        browser.manage().window().setSize(new Dimension(1280, 900));
        Browser.signIn(browser, wait, dispatcher, Server.password(dispatcher));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu a[data-menu=requests]")));
        openCase(id);
        assertTrue(browser.findElement(By.id("request-record")).getText().contains("自然人"));
        Browser.unfold(browser, "request-correction");
        type("a-request-correction-text", "请写明所需清单的年份和街道");
        Browser.act(browser, wait, "request-correction");
        assertEquals("待申请人补正", browser.findElement(By.id("case-state")).getText());
        readable("the case page");

        browser.manage().deleteAllCookies();
        lookUp(code, secret);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction-form")));
        assertTrue(browser.findElement(By.id("status")).getText().contains("请写明所需清单的年份和街道"));
        type("correction-text", "2025年桥南街道老旧小区改造项目清单");
        browser.findElement(By.cssSelector("#correction-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status .notice.ok")));
        assertTrue(browser.findElement(By.id("status")).getText().contains("办理中"));

        Browser.signIn(browser, wait, dispatcher, Server.password(dispatcher));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu a[data-menu=requests]")));
        openCase(id);
        Browser.unfold(browser, "decide");
        new Select(browser.findElement(By.id("a-decide-outcome"))).selectByValue("3.6");
        String basis = browser.findElement(By.id("a-decide-legalBasis")).getAttribute("value");
        assertTrue(basis.contains("第十六条第二款"), "the outcome's usual basis is suggested: " + basis);
        new Select(browser.findElement(By.id("a-decide-outcome"))).selectByValue("1");
        basis = browser.findElement(By.id("a-decide-legalBasis")).getAttribute("value");
        assertTrue(basis.contains("第三十六条"), "and follows the outcome while untouched: " + basis);
        type("a-decide-text", "现将该清单提供给您，见附件。");
        Browser.act(browser, wait, "decide");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("print-letter")));
        // the letter once, in the replies' table (no second copy among the facts), and no letter-shaped rows
        assertTrue(browser.findElements(By.cssSelector("#view table .reply-text")).stream().anyMatch(e -> e.getText().contains("赵敏：")));
        assertTrue(browser.findElements(By.id("case-reply")).isEmpty(), "the reply is not repeated among the facts");
        String facts = browser.findElement(By.cssSelector("dl.facts")).getText();
        assertFalse(facts.contains("协办单位") || facts.contains("同意公开"), facts);
        readable("the decided case");
        browser.manage().window().setSize(new Dimension(1280, 3000));
        Browser.look(browser, "request-case");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.get(Server.BASE + "/console.html#report");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-table3")));
        new Select(browser.findElement(By.id("report-year"))).selectByValue(String.valueOf(java.time.LocalDate.now().getYear()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-body"), java.time.LocalDate.now().getYear() + "年政府信息公开"));
        WebElement table = browser.findElement(By.id("report-table3"));
        List<WebElement> fresh = table.findElements(By.xpath(".//tr[th[contains(., '本年新收')]]/td"));
        assertEquals(7, fresh.size(), "the applicant columns and the total");
        assertTrue(Integer.parseInt(fresh.get(0).getText()) >= 1, "the person who applied is counted");
        assertTrue(browser.findElement(By.id("report-body")).getText().contains("各列均成立"));
        readable("the annual report");
        browser.manage().window().setSize(new Dimension(1280, 3000));
        Browser.look(browser, "request-report");
        browser.manage().window().setSize(new Dimension(390, 844));
        readable("the annual report at phone width");
        Browser.look(browser, "request-report-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.manage().deleteAllCookies();
        lookUp(code, secret);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-letter")));
        assertTrue(browser.findElement(By.id("decision-letter")).getText().contains("现将该清单提供给您"));
        readable("the decision as the applicant sees it");
    }
}
