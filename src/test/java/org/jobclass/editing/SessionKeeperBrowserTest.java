package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * In a real browser, on a staff form: typing keeps the session going, a warning comes before it ends for want of use
 * and "Stay signed in" keeps it; once it has ended, Save leads through signing in again to sending the text typed.
 * The page is told that sessions last a few seconds, so that the test does not wait half an hour.
 */
@ServerTest
@Import(CatalogFixtures.class)
class SessionKeeperBrowserTest {

    private static final String CODE = "0077";

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    long id;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent("keeper-editor", "Keeper Editor", AccountRole.EDITOR, "keeper-password");
        id = fixtures.publish(CatalogFixtures.content(CODE, "Keeper Coordinator", "Keeps the records."));
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        fixtures.deleteEverythingUnder(CODE);
    }

    @Test
    void typingKeepsTheSessionAWarningComesBeforeItEndsAndTextTypedAfterItEndedIsSentOnceSignedInAgain() {
        Browser.signIn(browser, base(), "keeper-editor", "keeper-password");
        browser.get(base() + "/editor/descriptions/" + id + "/edit");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('[data-session-seconds]').setAttribute('data-session-seconds', '8');");
        WebElement notice = browser.findElement(By.cssSelector(".session-notice"));
        assertThat(notice.isDisplayed()).isFalse();

        Date beforeTyping = lastRequest();
        sleep(Duration.ofMillis(1200));
        WebElement summary = browser.findElement(By.id("summary"));
        summary.sendKeys(" More");
        waitUntil(() -> lastRequest().after(beforeTyping), "typing asks the server to keep the session");

        WebElement warning = browser.findElement(By.cssSelector(".session-warning"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOf(warning));
        assertThat(warning.getText()).startsWith("Your session will end soon, as nothing has been sent for a while.");
        Date beforeStaying = lastRequest();
        warning.findElement(By.cssSelector("button.session-stay")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(warning));
        waitUntil(() -> lastRequest().after(beforeStaying), "\"Stay signed in\" keeps the session");

        WebElement ended = browser.findElement(By.cssSelector(".session-ended"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOf(ended));
        assertThat(ended.getText()).startsWith("Your session has ended. What you typed stays on this page");
        browser.manage().deleteCookieNamed("JOBCLASS-SESSION");
        summary.clear();
        summary.sendKeys("Typed after the session ended.");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector(".form-actions button[name=action][value=save]")));

        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText())
                .isEqualTo("Your session ended before your changes were sent. They are kept: sign in again to send them.");
        browser.findElement(By.id("username")).sendKeys("keeper-editor");
        browser.findElement(By.id("password")).sendKeys("keeper-password");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your changes are kept");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("form.resume-form button")));

        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText())
                .isEqualTo("Your changes were saved. They are not public until you publish them.");
        assertThat(jdbc.queryForObject("select summary from class_description where id = ?", String.class, id))
                .isEqualTo("Typed after the session ended.");
    }

    private Date lastRequest() {
        return sessions.getAllSessions("keeper-editor", false).stream().map(SessionInformation::getLastRequest)
                .max(Date::compareTo).orElseThrow(() -> new AssertionError("keeper-editor has no session"));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not seen within 10 seconds: " + what);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
