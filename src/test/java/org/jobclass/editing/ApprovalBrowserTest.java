package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, with approval turned on: an editor's change is submitted, not published; an admin reads its
 * difference in the queue and approves it; only then does the public see it.
 */
@ServerTest
@Import(CatalogFixtures.class)
class ApprovalBrowserTest {

    private static final String PUBLIC_PAGE = "/classes/9311/aquarium-guide";

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    long id;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent("approval-editor", "Approval Editor", AccountRole.EDITOR, "editor-password");
        accounts.createIfAbsent("approval-admin", "Approval Admin", AccountRole.ADMIN, "admin-password!");
        ClassDescription description = fixtures.published("9311", "Aquarium Guide");
        id = description.getId();
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        jdbc.update("update plan_settings set approval_required = false");
        fixtures.deleteEverythingUnder("9311");
    }

    @Test
    void aChangeReachesThePublicOnlyAfterASecondPersonApprovesIt() {
        Browser.signIn(browser, base(), "approval-admin", "admin-password!");
        open("/admin/settings");
        browser.findElement(By.cssSelector("input[name=approvalRequired]")).click();
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Save']")));
        signOut();

        Browser.signIn(browser, base(), "approval-editor", "editor-password");
        open("/editor/descriptions/" + id + "/edit");
        browser.findElement(By.id("summary")).clear();
        browser.findElement(By.id("summary")).sendKeys("Guides visitors through the school system's aquarium.");
        assertThat(browser.findElements(By.cssSelector("button[name=action][value=publish]"))).isEmpty();
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Save and submit for approval']")));
        assertThat(browser.findElement(By.cssSelector(".submitted")).getText()).startsWith("Submitted for approval by approval-editor");
        open(PUBLIC_PAGE);
        assertThat(browser.findElement(By.cssSelector("[data-field=summary]")).getText()).isEqualTo("Performs the work of a Aquarium Guide.");
        signOut();

        Browser.signIn(browser, base(), "approval-admin", "admin-password!");
        open("/admin/approvals");
        Browser.clickThrough(browser, browser.findElement(By.linkText("Aquarium Guide")));
        assertThat(browser.findElements(By.cssSelector("table.comparison ins")).stream().map(org.openqa.selenium.WebElement::getText)
                .toList()).contains("aquarium.");
        browser.findElement(By.id("overrideReason")).sendKeys("The dates follow.");
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Approve and publish']")));
        assertThat(browser.findElement(By.cssSelector(".flash-messages .alert.success")).getText())
                .isEqualTo("The change is approved and published.");

        open(PUBLIC_PAGE);
        assertThat(browser.findElement(By.cssSelector("[data-field=summary]")).getText())
                .isEqualTo("Guides visitors through the school system's aquarium.");
    }

    private void signOut() {
        open("/editor");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("form.sign-out button")));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void open(String path) {
        browser.get(base() + path);
    }
}
