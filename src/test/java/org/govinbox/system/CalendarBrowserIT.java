package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public deadline calculator and the administrator's calendar page, in headless Chromium. */
class CalendarBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        browser = Browser.start();
        wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void setDate(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    @Test
    void aCitizenComputesADueDateAndSeesTheHolidaysCrossed() {
        browser.get(Server.BASE + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tile-calculator a.button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calc-form")));
        setDate("start", "2026-02-10");
        browser.findElement(By.id("amount")).clear();
        browser.findElement(By.id("amount")).sendKeys("20");
        new Select(browser.findElement(By.id("clock"))).selectByValue("workingDays");
        browser.findElement(By.id("compute")).click();
        assertEquals("2026-03-16", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("due"))).getText());
        String crossed = browser.findElement(By.id("crossed")).getText();
        assertTrue(crossed.contains("2026-02-15") && crossed.contains("春节"), crossed);
        assertTrue(crossed.contains("2026-02-28") && crossed.contains("调休上班"), crossed);

        setDate("start", "2026-12-31");
        browser.findElement(By.id("amount")).clear();
        browser.findElement(By.id("amount")).sendKeys("1");
        browser.findElement(By.id("compute")).click();
        wait.until(ExpectedConditions.textToBe(By.id("due"), "2027-01-01"));
        assertTrue(browser.findElement(By.id("provisional")).isDisplayed());

        browser.findElement(By.id("amount")).clear();
        browser.findElement(By.id("amount")).sendKeys("400");
        browser.findElement(By.id("compute")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-for=workingDays]")));
    }

    @Test
    void theAdministratorSeesTheYearAndABadFileIsRefusedWithItsLine() throws Exception {
        Browser.signIn(browser, wait, "admin", Server.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=calendar]"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-show-year")));
        browser.findElement(By.id("f-show-year")).clear();
        browser.findElement(By.id("f-show-year")).sendKeys("2026");
        browser.findElement(By.cssSelector("form.inline button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar-grid"), "2026"));
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("td[data-date='2026-10-01']"), "class", "holiday"));
        assertTrue(browser.findElement(By.cssSelector("td[data-date='2026-10-10']")).getAttribute("class").contains("makeup"));
        assertTrue(browser.findElement(By.cssSelector("td[data-date='2026-10-17']")).getAttribute("class").contains("weekend"));
        Browser.look(browser, "console-calendar");

        Path bad = Files.createTempFile(Path.of(System.getProperty("govinbox.it.tmp", "target/tmp")), "bad", ".json");
        Files.writeString(bad, "{\n  \"year\": 2098,\n  \"days\": [\n    {\"name\": \"元旦\", \"date\": \"2098-01-32\", \"isOffDay\": true}\n  ]\n}\n");
        browser.findElement(By.id("f-year")).clear();
        browser.findElement(By.id("f-year")).sendKeys("2098");
        browser.findElement(By.id("f-file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#view form.card button[type=submit]")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view form.card .form-error"))).getText();
        assertTrue(error.contains("第 4 行"), error);
    }
}
