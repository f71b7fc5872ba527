package org.govinbox.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    /**
     * Performs an action on the case page and waits for the page drawn after it (the one drawn before, with an earlier
     * action's notice, must not be taken for it).
     */
    static void act(WebDriver browser, WebDriverWait wait, String action) {
        org.openqa.selenium.WebElement page = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action-button='" + action + "']"))).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#case-status .notice.ok")));
    }
}
