package org.govinbox.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from Debian's chromium and chromium-driver: nothing is downloaded. */
final class Browser {

    private Browser() {
    }

    static WebDriver start() throws Exception {
        // Chromium leaves profile folders behind: keep them inside target/
        Path tmp = Files.createDirectories(Path.of(System.getProperty("govinbox.it.tmp", "target/tmp")).toAbsolutePath());
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("govinbox.it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("govinbox.it.chromedriver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("TMPDIR", tmp.toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Text a person should never read on a page: a value the page failed to fill in. */
    private static final Pattern DEFECTS = Pattern.compile("(?<![A-Za-z])(null|undefined|NaN)(?![A-Za-z])|\\[object Object\\]");
    /** A code of the program's (RECEIVED, DISPATCHER, SUCCESS, JYJ) where a person reads a name. */
    private static final Pattern CODES = Pattern.compile("(?<![A-Za-z0-9_.@/-])[A-Z]+(?:_[A-Z]+)*(?![A-Za-z0-9_@.-])");
    /** Upper-case words that are not codes of the program's: file formats, units, abbreviations in the text. */
    private static final Set<String> WORDS = Set.of("PDF", "XLSX", "CSV", "DOCX", "JPG", "JPEG", "PNG", "ICP", "URL", "HTTP",
            "HTTPS", "API", "ID", "TOTP", "SMTP", "OK", "KB", "MB", "GB", "NPC", "CPPCC", "EMS", "PC", "A", "B", "C", "D", "X",
            "QQ", "APP", "WORD", "EXCEL", "UTF", "GB18030", "BOM", "PM", "AM", "JSON", "CSRF", "GovInbox");
    private static final int PHONE = 390;

    /**
     * Looks at the page as its users will, at the desktop width it was opened at and at phone width: fails on
     * {@code null}, {@code undefined}, {@code NaN}, {@code [object Object]} or a raw code in the visible text, on a page
     * wider than a phone's screen, and (public pages) on a serious accessibility violation found by axe-core; keeps
     * both pictures in target/screenshots.
     */
    static void look(WebDriver browser, String name) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        readable(browser, name);
        screenshot(browser, name);
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(PHONE, 844));
            Object widths = js.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            List<?> w = (List<?>) widths;
            long scroll = ((Number) w.get(0)).longValue();
            long client = ((Number) w.get(1)).longValue();
            if (scroll > client) {
                Object wide = js.executeScript("""
                        const c = document.documentElement.clientWidth; const out = [];
                        document.querySelectorAll('body *').forEach((n) => { const r = n.getBoundingClientRect();
                          if (r.right > c + 1 && r.width > 0 && getComputedStyle(n).position !== 'fixed'
                              && !n.closest('.table-wrap')) out.push(n.tagName + (n.id ? '#' + n.id : '') + (n.className ? '.' + n.className : '')); });
                        return out.slice(0, 8).join(', ');""");
                throw new AssertionError(name + ": at " + PHONE + " px the page scrolls sideways (" + scroll + " > " + client + "): " + wide);
            }
            readable(browser, name + " (phone)");
            screenshot(browser, name + "-phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
        if (!browser.getCurrentUrl().contains("/console.html")) accessible(browser, name);
    }

    /** Fails when the visible text shows a defect or a raw code (see {@link #look}). */
    static void readable(WebDriver browser, String name) {
        // what a person copies exactly (a query code, a secret) is not read as words: marked data-verbatim
        String text = (String) ((JavascriptExecutor) browser).executeScript("""
                let text = document.body.innerText;
                document.querySelectorAll('[data-verbatim]').forEach((n) => { if (n.innerText) text = text.split(n.innerText).join(' '); });
                return text;""");
        Matcher defect = DEFECTS.matcher(text);
        if (defect.find()) throw new AssertionError(name + ": the page shows '" + defect.group() + "': …" + around(text, defect.start()) + "…");
        Matcher code = CODES.matcher(text);
        while (code.find()) {
            String word = code.group();
            if (word.length() < 2 || WORDS.contains(word)) continue;
            // a number a letter names itself by (编号：…, a case's query code: letters only now and then) is read as a number
            if (code.start() >= 3 && text.startsWith("编号：", code.start() - 3)) continue;
            throw new AssertionError(name + ": the page shows the code '" + word + "' where a person reads a name: …" + around(text, code.start()) + "…");
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }

    /** axe-core (from its webjar, a test dependency) run in the page: no serious or critical violation. */
    private static void accessible(WebDriver browser, String name) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (js.executeScript("return typeof window.axe;").equals("undefined")) {
            try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                js.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Object found = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
                  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                  .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))))
                  .catch((e) => done(['axe failed: ' + e]));""");
        List<?> violations = (List<?>) found;
        if (!violations.isEmpty()) throw new AssertionError(name + ": accessibility violations: " + violations);
    }

    /** Keeps a picture of the page in target/screenshots for people to look at; asserts nothing. */
    static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }

    static void signIn(WebDriver browser, WebDriverWait wait, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(Server.BASE + "/login.html");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "工作人员登录"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** Submits the staff list's filters and waits until the filtered list has replaced the one shown before. */
    static void filterCases(WebDriver browser, WebDriverWait wait) {
        org.openqa.selenium.WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-list > *")));
        browser.findElement(By.cssSelector("form.inline button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(shown));
    }

    /** Opens the folded form of an action on the case page (the usual next step is never folded). */
    static void unfold(WebDriver browser, String action) {
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll(\"details[data-action='\" + arguments[0] + \"']\").forEach((d) => { d.open = true; });", action);
    }

    /**
     * Performs an action on the case page and waits for the page drawn after it (the one drawn before, with an earlier
     * action's notice, must not be taken for it).
     */
    static void act(WebDriver browser, WebDriverWait wait, String action) {
        org.openqa.selenium.WebElement page = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
        unfold(browser, action);
        org.openqa.selenium.WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action-button='" + action + "']")));
        boolean confirmed = "yes".equals(button.getAttribute("data-confirm"));
        button.click();
        if (confirmed) {
            // a step that tells the citizen asks once more before it goes
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-confirm-button='" + action + "']"))).click();
        }
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#case-status .notice.ok")));
    }
}
