package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as its users see it: the office imports last year's history from a file, finds the work queue on
 * the console's home page and follows a count to its list, reads the figures and their charts by department and
 * month, exports them, reads the year's paragraph; a citizen reads the public statistics on a desktop and on a phone.
 * Every page is checked for text a person should never read (null, undefined, NaN).
 */
class DashboardBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Letters.Staff staff;
    private static String dispatcherName;
    private static String tag;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        staff = Letters.Staff.create();
        String admin = Server.admin();
        dispatcherName = Server.unique("ddisp");
        Server.staff(admin, dispatcherName, staff.office(), "DISPATCHER");
        tag = Server.unique("看板");
        // a letter in hand this month for A, so that the work queue has something to show
        Letters.written(Letters.letter(tag + "在办"));
        long id = Letters.idOf(staff.dispatcher(), tag + "在办");
        Letters.act(staff.dispatcher(), id, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), id, "assign", Map.of("lead", staff.deptA())).then().statusCode(200);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void menu(String entry) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=" + entry + "]"))).click();
    }

    private static void readable(String page) {
        Browser.readable(browser, page);
    }

    private static void noSideways(String page) {
        long scroll = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(scroll <= 0, page + " scrolls sideways by " + scroll + " px at phone width");
    }

    /** Asks the dashboard again and waits until the figures drawn before have been replaced. */
    private static void show() {
        org.openqa.selenium.WebElement before = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dash-figures")));
        browser.findElement(By.cssSelector("#view form.inline button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dash-figures")));
    }

    private static void chartDrawn(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas")));
    }

    @Test
    void theOfficeImportsHistoryReadsTheQueueTheFiguresAndTheYearACitizenReadsThePublicPage() throws Exception {
        Browser.signIn(browser, wait, dispatcherName, Server.password(dispatcherName));

        // history from an earlier system, as a file chosen on the page
        Path file = Files.createTempFile(Path.of(System.getProperty("govinbox.it.tmp", "target/tmp")), "history", ".csv");
        Files.writeString(file, "事项类型,渠道,类别,标题,收件日期,受理日期,办理期限,答复日期,承办单位,答复内容,评价,重办次数\n"
                + "信箱来信,市长信箱,咨询," + tag + "甲,2026-03-02,2026-03-03,2026-03-09,2026-03-06," + staff.deptA() + ",已答复,满意,0\n"
                + "信箱来信,区长信箱,投诉," + tag + "乙,2026-04-07,2026-04-08,2026-04-28,2026-04-30," + staff.deptB() + ",已答复,不满意,1\n",
                StandardCharsets.UTF_8);
        menu("history");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("h-file"))).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#view form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-status"), "导入完成：2 件"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-recent"), file.getFileName().toString()));
        readable("the history import");
        Browser.look(browser, "dashboard-1-history-import");

        // the home page is a work queue; a count leads to its list
        browser.get(Server.BASE + "/console.html#home");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue [data-queue='LETTER|ASSIGNED']")));
        readable("the work queue");
        Browser.look(browser, "dashboard-2-queue");
        String count = browser.findElement(By.cssSelector("#queue [data-queue='LETTER|ASSIGNED'] .queue-count")).getText();
        browser.findElement(By.cssSelector("#queue [data-queue='LETTER|ASSIGNED']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-list .pager")));
        assertEquals("LETTER:ASSIGNED", new Select(browser.findElement(By.id("f-state"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("#case-list .pager")).getText().contains("页，" + count + " 条"),
                "the list has as many as the count said (" + count + "): " + browser.findElement(By.cssSelector("#case-list .pager")).getText());
        assertTrue(browser.getCurrentUrl().contains("state=ASSIGNED"), "the filters are in the address: " + browser.getCurrentUrl());
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-list .pager")));
        assertEquals("LETTER:ASSIGNED", new Select(browser.findElement(By.id("f-state"))).getFirstSelectedOption().getAttribute("value"),
                "a reload keeps the filters");
        assertTrue(browser.findElement(By.cssSelector("#case-exports a[data-export=xlsx]")).getAttribute("href").contains("state=ASSIGNED"));

        // the figures, by department, with their charts
        menu("dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dash-figures")));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('d-from').value = '2026-01-01';"
                + "document.getElementById('d-to').value = '2026-12-31';");
        new Select(browser.findElement(By.id("d-type"))).selectByValue("LETTER");
        show();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dash-cases"), "测试部门" + staff.deptB()));
        chartDrawn("chart-groups");
        chartDrawn("chart-trend");
        String figures = browser.findElement(By.id("dash-cases")).getText();
        assertTrue(figures.contains("按期答复率"), figures);
        assertTrue(browser.findElement(By.cssSelector("#dash-cases a[data-export=csv]")).getAttribute("href")
                .contains("/api/stats/cases/export?"));
        readable("the dashboard");
        Browser.look(browser, "dashboard-3-figures");
        new Select(browser.findElement(By.id("d-group"))).selectByValue("month");
        show();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dash-cases"), "2026年4月"));
        chartDrawn("chart-groups");
        readable("the dashboard by month");
        browser.findElement(By.cssSelector("#dash-definitions summary")).click();
        assertTrue(browser.findElement(By.id("dash-definitions")).getText().contains("按期答复率 = 按期件数"));
        Browser.look(browser, "dashboard-4-by-month");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dash-cases table")));
        chartDrawn("chart-groups");
        noSideways("the dashboard");
        Browser.look(browser, "dashboard-4-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // the year's figures and their paragraph
        menu("year");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("year-paragraph")));
        String paragraph = browser.findElement(By.id("year-paragraph")).getText();
        assertTrue(paragraph.contains("市长信箱来信") && paragraph.startsWith(browser.findElement(By.id("y-year")).getAttribute("value") + "年"), paragraph);
        readable("the year's figures");
        Browser.look(browser, "dashboard-5-year");

        // the public statistics, on a desktop and on a phone
        browser.manage().deleteAllCookies();
        browser.get(Server.BASE + "/stats.html?year=2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stats-letters table")));
        chartDrawn("stats-chart");
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("办件公示") && page.contains("测试部门" + staff.deptA()), page);
        assertFalse(page.contains(tag), "no title of an unpublished letter on the public page");
        assertFalse(page.contains("13812348000") || page.contains("张三"), "no personal data on the public page");
        readable("the public statistics");
        Browser.look(browser, "dashboard-6-public");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stats-letters table")));
        readable("the public statistics at phone width");
        noSideways("the public statistics");
        Browser.look(browser, "dashboard-7-public-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
