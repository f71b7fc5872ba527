package org.govinbox.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every public page as a visitor sees it, on a desktop and a phone (Browser.look): no literal null or code, no sideways
 * scrolling, no serious accessibility violation; the footer from configuration; the Chinese error page.
 */
class PublicPagesBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static long bareItem;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        Portal.Publishers publishers = Portal.Publishers.create();
        Map<String, Object> item = Portal.item(Server.unique("无文号无摘要的通知"), publishers.officeDept());
        item.remove("documentNumber");
        item.remove("summary");
        item.remove("keywords");
        bareItem = Portal.published(publishers.office(), item);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens a page and waits until nothing on it is still loading. */
    private static void open(String path) {
        browser.get(Server.BASE + path);
        wait.until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                "return document.readyState === 'complete' && !document.body.innerText.includes('正在加载')"
                        + " && !!document.querySelector('footer.footer [data-footer=drawn]');")));
    }

    @Test
    void everyPublicPageReadsWellOnADesktopAndAPhone() throws Exception {
        String[][] pages = {
            {"home", "/"}, {"disclosure", "/disclosure.html"}, {"item-bare", "/item.html?id=" + bareItem},
            {"guide", "/guide.html"}, {"normative", "/normative.html"}, {"published", "/published.html"},
            {"write", "/write.html"}, {"follow", "/follow.html"}, {"stats", "/stats.html"}, {"results", "/results.html"},
            {"calendar", "/calendar.html"}, {"apply", "/apply.html"}, {"login", "/login.html"},
        };
        for (String[] page : pages) {
            open(page[1]);
            Browser.look(browser, "public-" + page[0]);
        }
    }

    @Test
    void anItemWithoutDocumentNumberOrSummaryShowsDashesNotNull() throws Exception {
        open("/item.html?id=" + bareItem);
        String text = browser.findElement(By.id("item")).getText();
        assertEquals("—", browser.findElement(By.cssSelector("#meta td[data-field='item.documentNumber']")).getText());
        assertTrue(text.contains("的正文。"), text);
    }

    @Test
    void theFooterCarriesTheSitesRegistrationsFromConfiguration() throws Exception {
        open("/");
        String footer = browser.findElement(By.cssSelector("footer.footer")).getText();
        assertTrue(footer.contains("主办单位"), footer);
        assertTrue(footer.contains("网站标识码"), footer);
        assertTrue(footer.contains("ICP"), footer);
    }

    @Test
    void anAddressThatDoesNotExistAnswersAChinesePage() throws Exception {
        browser.get(Server.BASE + "/no-such-page.html");
        wait.until(b -> b.findElement(By.tagName("h1")).getText().contains("页面不存在"));
        assertTrue(browser.findElement(By.cssSelector("a[href='/']")).isDisplayed());
        Browser.look(browser, "public-404");
    }
}
