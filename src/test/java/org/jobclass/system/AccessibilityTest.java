package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core finds no WCAG 2 A or AA violation on the public pages, nor on the staff pages. */
@ServerTest
class AccessibilityTest {

    private static final String AXE_SCRIPT = axeScript();

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/classes", "/classes?range=a-c", "/classes/0435",
            "/classes/0435/coordinator-innovative-and-progressive-systemwide-training",
            "/classes/0435/coordinator-innovative-and-progressive-systemwide-training/history", "/login", "/no/such/page", "/api", "/verify?code=00001-X", "/series", "/pay",
            "/classes/compare?left=0435/coordinator-innovative-and-progressive-systemwide-training&right=0435/no-such-title"})
    void publicPagesHaveNoViolations(String path) {
        browser.manage().deleteAllCookies();
        assertThat(violations(path)).as(path).isEmpty();
    }

    @Test
    void staffPagesHaveNoViolations() {
        accounts.createIfAbsent("axe-admin", "Axe Admin", AccountRole.ADMIN, "axe-admin-password");
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, base(), "axe-admin", "axe-admin-password");

        for (String path : List.of("/editor", "/editor/descriptions/new", "/editor/descriptions/1/edit",
                "/editor/descriptions/1/preview", "/editor/descriptions/1/history", "/editor/import",
                "/editor/descriptions/1/revisions/1/restore", "/editor/classes/0435", "/admin/descriptions/1/dates",
                "/admin/accounts", "/admin/audit", "/admin/audit?from=2026-02-31&to=2026-01-01", "/admin/backup", "/editor/series", "/admin/pay", "/admin/settings",
                "/admin/approvals")) {
            assertThat(violations(path)).as(path).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String path) {
        browser.get(base() + path);
        JavascriptExecutor js = browser;
        js.executeScript(AXE_SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String axeScript() {
        String path = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (InputStream in = AccessibilityTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
