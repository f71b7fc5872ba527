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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every public page as a visitor sees it, on a desktop and a phone (Browser.look): no literal null or code, no sideways
 * scrolling, no serious accessibility violation; the footer from configuration; the Chinese error page.
 */
class PublicPagesBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static long bareItem;
    private static long letter;
    private static String letterTitle;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        Portal.Publishers publishers = Portal.Publishers.create();
        Map<String, Object> item = Portal.item(Server.unique("无文号无摘要的通知"), publishers.officeDept());
        item.remove("documentNumber");
        item.remove("summary");
        item.remove("keywords");
        bareItem = Portal.published(publishers.office(), item);
        Letters.Staff staff = Letters.Staff.create();
        letterTitle = Server.unique("公开来信");
        Letters.written(Letters.letter(letterTitle));
        letter = Letters.idOf(staff.dispatcher(), letterTitle);
        Letters.act(staff.dispatcher(), letter, "accept", null).then().statusCode(200);
        Letters.act(staff.dispatcher(), letter, "assign", java.util.Map.of("lead", staff.deptA())).then().statusCode(200);
        Letters.act(staff.handlerA(), letter, "reply", java.util.Map.of("text", "已协调交警疏导。")).then().statusCode(200);
        Letters.act(staff.dispatcher(), letter, "publish", null).then().statusCode(200);
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
            {"guide", "/guide.html"}, {"normative", "/normative.html"}, {"published", "/published.html"}, {"letter", "/letter.html?id=" + letter},
            {"write", "/write.html"}, {"follow", "/follow.html"}, {"stats", "/stats.html"}, {"results", "/results.html"},
            {"calendar", "/calendar.html"}, {"apply", "/apply.html"}, {"login", "/login.html"},
        };
        for (String[] page : pages) {
            open(page[1]);
            Browser.look(browser, "public-" + page[0]);
        }
    }

    @Test
    void aPublishedLetterIsFoundInTheNumberedListAndReadOnItsOwnPage() throws Exception {
        open("/published.html");
        browser.findElement(By.id("p-q")).sendKeys(letterTitle);
        browser.findElement(By.cssSelector("#published-filter button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        // the filtered list replaces the whole one: wait for it, not for the rows drawn before
        wait.until(b -> String.valueOf(((JavascriptExecutor) b).executeScript(
                "return [...document.querySelectorAll('table.letters tbody tr')].map((r) => r.cells[0].innerText + '|' + r.cells[1].innerText).join('\\n');"))
                .equals(letter + "|" + letterTitle));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> {
            b.findElement(By.cssSelector("table.letters a.letter-link")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.id("letter-title"), letterTitle));
        assertEquals("已协调交警疏导。", browser.findElement(By.id("letter-reply")).getText());
        // the reading tools: larger text stays on for the next page
        browser.findElement(By.cssSelector(".reading-tools button[aria-pressed]")).click();
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return document.documentElement.classList.contains('large-text');"));
        open("/item.html?id=" + bareItem);
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return document.documentElement.classList.contains('large-text');"));
        browser.findElement(By.cssSelector(".reading-tools button[aria-pressed]")).click();
    }

    @Test
    void theLookFailsOnWhatItLooksFor() throws Exception {
        // the checks themselves can fail: a literal null, a raw code, a page too wide, an image without its text
        String[][] defects = {
            {"document.getElementById('main').append('共 null 条')", "'null'"},
            {"document.getElementById('main').append('状态：RECEIVED')", "'RECEIVED'"},
            {"const d = document.createElement('div'); d.style.width = '900px'; d.textContent = '宽'; document.getElementById('main').append(d)", "sideways"},
            {"const i = document.createElement('img'); i.src = '/favicon.png'; document.getElementById('main').append(i)", "image-alt"},
        };
        for (String[] defect : defects) {
            open("/");
            ((JavascriptExecutor) browser).executeScript(defect[0]);
            AssertionError failed = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> Browser.look(browser, "defect"));
            assertTrue(failed.getMessage().contains(defect[1]), failed.getMessage());
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
    void theGuideHasNoPlaceholderForStaffToFillIn() throws Exception {
        open("/guide.html");
        String guide = browser.findElement(By.id("guide")).getText();
        assertTrue(guide.contains("办公时间"), guide);
        assertTrue(!guide.contains("请公开工作人员填写") && !guide.contains("{"), guide);
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
