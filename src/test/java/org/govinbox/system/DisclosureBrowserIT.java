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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The disclosure portal in headless Chromium: a citizen browses and searches; a publisher publishes from the console. */
class DisclosureBrowserIT {

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

    private static String meta(String key) {
        return browser.findElement(By.cssSelector("#meta td[data-field='" + key + "']")).getText();
    }

    @Test
    void aCitizenBrowsesTheDomainsAndFindsTheSeedReportBySearch() throws Exception {
        browser.get(Server.BASE + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tile-disclosure a.button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.domain[data-domain=BUDGET]")));
        List<String> domains = browser.findElements(By.cssSelector("a.domain .name")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("行政审批", "财政预决算", "“三公”经费", "食品药品安全", "环境保护", "安全生产", "价格", "征地拆迁", "建议提案办理", "政府信息公开年报"), domains);

        browser.findElement(By.cssSelector("a.domain[data-domain=LAND]")).click();
        wait.until(ExpectedConditions.urlContains("domain=LAND"));
        wait.until(ExpectedConditions.attributeContains(By.id("results"), "data-shown", "domain=LAND"));
        assertTrue(browser.findElements(By.cssSelector("table.catalogue tbody tr")).stream()
                .allMatch(row -> row.getText().contains("征地补偿") || row.getText().contains("征地")), "only the domain's items");

        WebElement q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys("法治政府");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("results"), "data-shown", "q="));
        // the domain filter still applies: the seed report is not in 征地拆迁
        new Select(browser.findElement(By.id("f-domain"))).selectByValue("");
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.id("results"), "data-shown", "domain=")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.catalogue mark")));
        WebElement first = browser.findElement(By.cssSelector("table.catalogue tbody tr"));
        assertTrue(first.getText().contains("1600521X6/2021-06943"), first.getText());
        assertFalse(browser.findElements(By.cssSelector("#facets .facet")).isEmpty(), "facets are shown for a search");
        Browser.look(browser, "disclosure-search");

        first.findElement(By.cssSelector("a.item-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meta")));
        assertEquals("1600521X6/2021-06943", meta("item.indexNumber"));
        assertEquals("区政府办公室", meta("item.publisher"));
        assertEquals("2021-12-15", meta("item.publishedOn"));
        assertEquals("2021-12-15", meta("item.writtenOn"));
        assertEquals("关于报送2021年法治政府建设工作总结的报告", meta("item.name"));
        assertEquals("宝渭政字〔2021〕51号", meta("item.documentNumber"));
        assertEquals("有效", meta("item.validity"));
        assertTrue(browser.findElement(By.id("body")).getText().contains("5236"));
        Browser.look(browser, "disclosure-item");

        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("q="));
        browser.get(Server.BASE + "/guide.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guide"), "公开"));
    }

    @Test
    void aPublisherPublishesFromTheConsoleAndTheScriptInTheBodyIsGone() throws Exception {
        String admin = Server.admin();
        String department = Server.createDepartment(admin, "BUREAU");
        String username = Server.unique("webpub");
        Server.staff(admin, username, department, "PUBLISHER");
        Browser.signIn(browser, wait, username, Server.password(username));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=publish]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.button[href='#publish/new']"))).click();
        String title = Server.unique("浏览器发布");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-title"))).sendKeys(title);
        browser.findElement(By.id("f-documentNumber")).sendKeys("宝渭教发〔2026〕12号");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('f-writtenOn').value = '2026-11-16';");
        new Select(browser.findElement(By.id("f-domain"))).selectByValue("ENVIRONMENT");
        new Select(browser.findElement(By.id("f-genre"))).selectByVisibleText("通知");
        browser.findElement(By.id("f-summary")).sendKeys("一百字以内的摘要");
        // the body is written in the editor, not as HTML; a part pasted from Word keeps its paragraphs and table
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.tox-edit-area__iframe")));
        browser.switchTo().frame(frame);
        WebElement page = wait.until(ExpectedConditions.elementToBeClickable(By.id("tinymce")));
        page.click();
        page.sendKeys("环境监测正文");
        page.sendKeys(org.openqa.selenium.Keys.ENTER);
        ((JavascriptExecutor) browser).executeScript("""
                const data = new DataTransfer();
                data.setData('text/html', '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->'
                  + '<p class=MsoNormal style="mso-margin-top-alt:auto;font-family:宋体">第二段<o:p></o:p></p>'
                  + '<table class=MsoTableGrid border=1 style="mso-yfti-tbllook:1184"><tr><td><p class=MsoNormal>监测点</p></td>'
                  + '<td><p class=MsoNormal>清姜河</p></td></tr></table>'
                  + '<p onclick="x()">第三段</p><script>window.parent.pwned = true</script><!--EndFragment--></body></html>');
                data.setData('text/plain', '第二段 监测点 清姜河 第三段');
                document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tinymce table td")));
        browser.switchTo().defaultContent();
        assertFalse(browser.findElement(By.id("f-body")).getAttribute("value").contains("<script"), "no pasted script kept");
        browser.findElement(By.cssSelector("#view form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-action=publish]"))).click();
        // publishing changes the public site at once: asked once more, in words
        assertTrue(browser.findElements(By.cssSelector("#view .notice.confirm")).size() == 1, "publish asks to confirm");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-confirm-button=publish]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dl.facts"), "已发布"));
        String facts = browser.findElement(By.cssSelector("dl.facts")).getText();
        assertTrue(facts.matches("(?s).*1600521X6/\\d{4}-\\d{5}.*"), facts);
        Browser.look(browser, "publisher-item");

        browser.get(Server.BASE + "/disclosure.html?q=" + title);
        wait.until(ExpectedConditions.attributeContains(By.id("results"), "data-shown", "q="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.catalogue a.item-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        assertEquals(title, meta("item.name"));
        assertEquals("宝渭教发〔2026〕12号", meta("item.documentNumber"));
        assertEquals("2026-11-16", meta("item.writtenOn"));
        assertTrue(browser.findElement(By.id("body")).getText().contains("环境监测正文"));
        List<String> paragraphs = browser.findElements(By.cssSelector("#body p")).stream().map(WebElement::getText).toList();
        assertTrue(paragraphs.contains("环境监测正文") && paragraphs.contains("第二段") && paragraphs.contains("第三段"), paragraphs.toString());
        assertEquals(List.of("监测点", "清姜河"), browser.findElements(By.cssSelector("#body table td")).stream().map(WebElement::getText).toList());
        assertTrue(browser.findElements(By.cssSelector("#body [style*=mso], #body [class^=Mso]")).isEmpty(), "nothing of Word's styles kept");
        assertTrue(browser.findElements(By.cssSelector("#body script")).isEmpty(), "no script element in the shown body");
        assertTrue(browser.findElements(By.cssSelector("#body [onclick]")).isEmpty(), "no event handler in the shown body");
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.pwned === true;"));
        Browser.look(browser, "published-item");
    }

    @Test
    void aPublisherImportsAFileAndSeesItsProgressAndReport() throws Exception {
        String admin = Server.admin();
        String department = Server.createDepartment(admin, "TOWN");
        String username = Server.unique("webimp");
        Server.staff(admin, username, department, "PUBLISHER");
        Browser.signIn(browser, wait, username, Server.password(username));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=imports]"))).click();
        java.nio.file.Path bad = java.nio.file.Files.createTempFile(java.nio.file.Path.of(System.getProperty("govinbox.it.tmp",
                System.getProperty("java.io.tmpdir"))), "import", ".csv");
        java.nio.file.Files.writeString(bad, "标题,发布机构,成文日期,发布日期,领域\n" + Server.unique("页面导入") + "," + department
                + ",2025-13-01,2025-04-02,BUDGET\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-file"))).sendKeys(bad.toString());
        browser.findElement(By.cssSelector("#view form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "有错误"));
        String report = browser.findElement(By.id("import-status")).getText();
        assertTrue(report.contains("成文日期"), report);
        assertTrue(report.contains("2"), "the row number is shown: " + report);
        Browser.look(browser, "import-report");
    }
}
