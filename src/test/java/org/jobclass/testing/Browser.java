package org.jobclass.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its matching chromedriver. Both come from the system's packages
 * ({@code apt-get install chromium chromium-driver}); no browser is ever downloaded by the tests.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("jobclass.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("jobclass.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static ChromeDriver start() {
        requireExecutable(CHROMIUM);
        requireExecutable(CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Lays pages out as a phone of this width would (device metrics emulation), until {@link #desktopWidth}. */
    public static void phoneWidth(ChromeDriver browser, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    }

    /** Back to the desktop window's own size. */
    public static void desktopWidth(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Clicks a link or a form's button and waits until the page it was on has been replaced by the next. The page is
     * told apart from the next by a mark left on its window: asking an element of a page being replaced whether it is
     * stale can fail in Chromium instead of answering.
     */
    public static void clickThrough(WebDriver browser, WebElement element) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.pageBeforeClick = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(script.executeScript(
                        "return window.pageBeforeClick !== true && document.readyState !== 'loading';")));
    }

    /** Answers yes in the dialog that asks before an action, and waits for the page the action leads to. */
    public static void confirmInDialog(WebDriver browser) {
        WebElement yes = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("dialog.confirm-dialog[open] button.primary")));
        clickThrough(browser, yes);
    }

    /** Signs in on the site's sign-in page and waits for the dashboard. */
    public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(baseUrl + "/editor"));
    }

    private static void requireExecutable(Path path) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver), as .ci/run does.");
        }
    }
}
