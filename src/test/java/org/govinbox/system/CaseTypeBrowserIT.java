package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console draws a case of the test-only type with that type's states, actions and fields, not the letter's. */
class CaseTypeBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String dispatcher;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        String admin = Server.admin();
        dispatcher = Server.unique("tdisp");
        Server.staff(admin, dispatcher, Server.createDepartment(admin, "OFFICE"), "DISPATCHER");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anInquiryIsHandledWithItsOwnActions() throws Exception {
        String title = Server.unique("浏览器咨询");
        Server.api().contentType(ContentType.JSON).body(Map.of("title", title, "content", "咨询内容", "name", "王五"))
                .post("/api/test-inquiries").then().statusCode(201);
        Browser.signIn(browser, wait, dispatcher, Server.password(dispatcher));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=cases]"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#f-state optgroup")));
        List<String> groups = browser.findElements(By.cssSelector("#f-state optgroup")).stream()
                .map(g -> g.getAttribute("label")).toList();
        assertTrue(groups.contains("咨询登记（测试类型）") && groups.contains("信箱来信"), groups.toString());
        assertTrue(browser.findElement(By.id("f-state")).getText().contains("等待补充材料"));
        // other tests' cases may fill the first page: the type's own state filter finds it
        new Select(browser.findElement(By.id("f-state"))).selectByValue("INQUIRY:RECEIVED");
        Browser.filterCases(browser, wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@class,'case-link') and text()=\"" + title + "\"]"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "待处理"));
        // every action of the type is offered: the next step whole, the others folded under their names
        List<String> offered = browser.findElements(By.cssSelector(".actions h3, .actions summary")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
        assertTrue(offered.containsAll(List.of("要求补充材料", "催办", "答复")), offered.toString());
        Browser.unfold(browser, "ask-more");
        WebElement what = browser.findElement(By.id("a-ask-more-what"));
        what.sendKeys("身份证明复印件");
        browser.findElement(By.cssSelector("[data-action-button='ask-more']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "等待补充材料"));
        Browser.look(browser, "inquiry-case");
        assertFalse(browser.findElement(By.id("view")).getText().contains("null"), "no empty value shows as null");
        assertTrue(browser.findElement(By.id("view")).getText().contains("需补充：身份证明复印件"));
    }
}
