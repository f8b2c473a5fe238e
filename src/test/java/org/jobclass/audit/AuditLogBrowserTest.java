package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** In a real browser: the audit log on a phone, and its download from the real server. */
@ServerTest
class AuditLogBrowserTest {

    private static final String LONG_WORD = "Supercalifragilistic".repeat(12);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @BeforeEach
    void signIn() {
        accounts.createIfAbsent("audit-browser-admin", "Audit Browser Admin", AccountRole.ADMIN, "audit-browser-password");
        audit.record("audit-browser-admin", AuditAction.DESCRIPTION_EDITED, AuditSubject.DESCRIPTION, 1L,
                "0435 Browser " + LONG_WORD, "restored the text of revision 2",
                List.of(new FieldChange("summary", "Old " + LONG_WORD, "New " + LONG_WORD),
                        new FieldChange("overtimeEligible", "false", "true")));
        browser = Browser.start();
        Browser.signIn(browser, base(), "audit-browser-admin", "audit-browser-password");
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        jdbc.update("delete from audit_event where subject_label like '0435 Browser %' or actor = 'audit-browser-admin'");
        jdbc.update("delete from account where username = 'audit-browser-admin'");
    }

    @Test
    void onAPhoneTheTableScrollsInItsOwnRegionNeverThePage() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));

        for (String path : List.of("/admin/audit?actor=audit-browser-admin&from=2026-02-31&to=2026-01-01",
                "/admin/audit?actor=audit-browser-admin")) {
            browser.get(base() + path);
            assertThat(number("return window.innerWidth")).as(path).isEqualTo(390);
            assertThat(number("return document.documentElement.scrollWidth")).as("the page's width, " + path)
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
        }
        WebElement region = browser.findElement(By.cssSelector("div.table-scroll"));
        browser.findElement(By.id("q")).click();
        for (int tab = 0; tab < 20 && !region.equals(browser.switchTo().activeElement()); tab++) {
            browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).as("the region is reached by keyboard, to scroll it").isEqualTo(region);
    }

    @Test
    void theDownloadLinkGivesTheFilteredLogFromTheServer() {
        browser.get(base() + "/admin/audit?actor=audit-browser-admin&q=Browser");
        String link = browser.findElement(By.cssSelector("a[download]")).getDomAttribute("href");

        Object csv = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t)))
                    .catch(e => done('failed: ' + e));
                """, link);

        assertThat(link).isEqualTo("/admin/audit.csv?actor=audit-browser-admin&q=Browser");
        // The browser reads the byte order mark as what it is, not as text.
        assertThat(csv.toString().split("\r?\n")).startsWith("200 text/csv;charset=UTF-8",
                "When (America/New_York),Who,Action,Subject,Detail,What changed");
        assertThat(csv.toString()).contains(",audit-browser-admin,Description edited,0435 Browser " + LONG_WORD
                + ",restored the text of revision 2,\"Summary: Old " + LONG_WORD + " \u2192 New " + LONG_WORD
                + "\nOvertime eligible: No \u2192 Yes\"");
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
