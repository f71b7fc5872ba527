package org.govinbox.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser journey of a suggestion: the administrator creates the sitting, the government office registers the
 * item and assigns it, the unit records its call to the deputy and replies with a class, the office approves the
 * reply, the deputy rates it on the feedback form reached by the personal link in the mail, and the public results
 * page lists it — without the deputy's phone number or e-mail.
 */
class MotionsBrowserIT {

    private static final int PORT = Integer.getInteger("govinbox.it.smtp-port", 13025);
    private static final Pattern LINK = Pattern.compile("(/feedback\\.html#c=[^&\\s]+&p=\\d+&s=[^&\\s]+)");
    private static GreenMail smtp;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Letters.Staff staff;
    private static String dispatcherName;
    private static String handlerName;
    private static String adminName;

    @BeforeAll
    static void start() throws Exception {
        Server.awaitReady();
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String admin = Server.admin();
        String office = Server.createDepartment(admin, "OFFICE");
        String bureau = Server.createDepartment(admin, "BUREAU");
        dispatcherName = Server.unique("mdisp");
        handlerName = Server.unique("mhand");
        adminName = Server.unique("madm");
        Server.staff(admin, dispatcherName, office, "DISPATCHER");
        Server.staff(admin, handlerName, bureau, "HANDLER");
        Server.staff(admin, adminName, null, "ADMIN");
        staff = new Letters.Staff(admin, office, null, bureau, null, null, null, null, null);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static void act(String action) {
        Browser.act(browser, wait, action);
    }

    private static void menu(String entry) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#menu a[data-menu=" + entry + "]"))).click();
    }

    private static String mailTo(String address) {
        MimeMessage mail = await("the reply mail").atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(address) && m.getSubject().contains("请评价");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst(), java.util.Optional::isPresent).orElseThrow();
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theOfficeRegistersAndAssignsTheUnitRepliesTheDeputyRatesThePublicSeesTheResult() throws Exception {
        String sittingName = Server.unique("区第十八届人民代表大会第五次会议");
        String title = "关于建设社区<b>食堂</b>的建议" + Server.unique("");
        String email = Server.unique("deputy") + "@example.com";

        Browser.signIn(browser, wait, adminName, Server.password(adminName));
        menu("motions");
        type("f-name", sittingName);
        browser.findElement(By.cssSelector("#view form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("m-sitting"), sittingName));

        Browser.signIn(browser, wait, dispatcherName, Server.password(dispatcherName));
        menu("motions");
        WebElement sitting = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#m-sitting option")));
        String sittingId = browser.findElements(By.cssSelector("#m-sitting option")).stream()
                .filter(o -> o.getText().startsWith(sittingName)).findFirst().orElseThrow().getAttribute("value");
        new Select(browser.findElement(By.id("m-sitting"))).selectByValue(sittingId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting"), "暂无"));
        assertTrue(sitting != null);
        type("f-number", "7");
        type("f-title", title);
        type("f-content", "建议在老旧小区配建社区食堂，方便老年人就餐。");
        type("f-leadName", "张代表");
        type("f-leadUnit", "金陵街道代表团");
        type("f-leadPhone", "13800000077");
        type("f-leadEmail", email);
        type("f-coSigners", "李代表、王代表");
        browser.findElement(By.xpath("//button[text()='登记']")).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@class,'case-link') and text()=\"" + title + "\"]")));
        assertTrue(browser.findElement(By.id("meeting")).getText().contains("张代表 等 3 人"));
        Browser.look(browser, "motions-office");
        String caseId = link.getAttribute("href").replaceAll(".*#case/", "");
        link.click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已登记，待交办"));
        assertTrue(browser.findElement(By.id("case-title")).getText().startsWith("第7号"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a-lead")))).selectByValue(staff.deptA());
        new Select(browser.findElement(By.id("a-assign-mode"))).selectByValue("JOINT");
        act("assign");
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "办理中"));

        Browser.signIn(browser, wait, handlerName, Server.password(handlerName));
        menu("cases");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-sitting")))).selectByValue("SUGGESTION:" + sittingId);
        Browser.filterCases(browser, wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(@class,'case-link') and text()=\"第7号 " + title + "\"]"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "办理中"));
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("fuwen", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n复文\n%%EOF");
        Browser.unfold(browser, "attach");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a-file"))).sendKeys(pdf.toAbsolutePath().toString());
        act("attach");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), pdf.getFileName().toString()));
        assertTrue(browser.findElement(By.id("view")).getText().contains("受理（交办）"), "the clocks are listed");
        Browser.unfold(browser, "contact");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a-contact-method")))).selectByValue("PHONE");
        type("a-contact-note", "电话沟通建设方案");
        act("contact");
        Browser.unfold(browser, "reply");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("a-reply-replyClass")))).selectByValue("B");
        type("a-reply-text", "经研究，已列入明年民生实事。");
        act("reply");
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "复文待审核"));
        Browser.look(browser, "motions-unit");
        assertFalse(browser.findElement(By.id("view")).getText().contains("null"), "no empty value shows as null");

        Browser.signIn(browser, wait, dispatcherName, Server.password(dispatcherName));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu a[data-menu=motions]")));
        browser.get(Server.BASE + "/console.html#case/" + caseId);
        act("approve-reply");
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已答复，待评价"));

        Matcher m = LINK.matcher(mailTo(email));
        assertTrue(m.find(), "the mail carries the personal link");
        browser.manage().deleteAllCookies();
        browser.get(Server.BASE + m.group(1));
        wait.until(ExpectedConditions.textToBe(By.id("motion-state"), "已答复，待评价"));
        assertFalse(browser.getCurrentUrl().contains("#"), "the secret leaves the address bar");
        assertTrue(browser.findElement(By.id("status")).getText().contains("已列入明年民生实事"));
        browser.findElement(By.cssSelector("input[name=satisfaction][value=SATISFIED]")).click();
        browser.findElement(By.id("rate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        assertEquals("已办结", browser.findElement(By.id("motion-state")).getText());
        Browser.look(browser, "motions-feedback");

        browser.get(Server.BASE + "/results.html");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sitting option")))
                .findElement(By.xpath(".."))).selectByValue(sittingId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), title));
        String page = browser.findElement(By.id("results")).getText();
        assertTrue(page.contains("已办结") && page.contains("第7号"), page);
        String source = browser.getPageSource();
        assertFalse(source.contains("13800000077") || source.contains(email) || source.contains("张代表"), "no personal data");
        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.look(browser, "motions-results-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
