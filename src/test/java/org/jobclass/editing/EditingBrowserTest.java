package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** In a real browser: an editor changes and publishes a description, an admin revises its dates, the public sees both. */
@ServerTest
@Import(CatalogFixtures.class)
class EditingBrowserTest {

    private static final String CODE = "9301";
    private static final String PUBLIC_PAGE = "/classes/9301/zoo-education-specialist";

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    WebDriver browser;
    long descriptionId;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent("browser-editor", "Browser Editor", AccountRole.EDITOR, "editor-password");
        accounts.createIfAbsent("browser-admin", "Browser Admin", AccountRole.ADMIN, "admin-password!");
        ClassDescription description = fixtures.published(CODE, "Zoo Education Specialist");
        descriptionId = description.getId();
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        fixtures.deleteEverythingUnder(CODE);
    }

    @Test
    void anAnonymousVisitorSentToAnEditorPageLandsOnTheSignInPage() {
        open("/editor/descriptions/" + descriptionId + "/edit");

        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
    }

    @Test
    void anEditorPublishesAChangeAndAnAdminRevisesTheDatesAndThePublicSeesBoth() {
        Browser.signIn(browser, "http://localhost:" + port, "browser-editor", "editor-password");
        open("/editor?q=Zoo Education");
        browser.findElement(By.linkText("Zoo Education Specialist")).click();

        WebElement summary = browser.findElement(By.id("summary"));
        summary.clear();
        summary.sendKeys("Teaches visitors about the animals in the school system's zoo.");
        browser.findElement(By.cssSelector("button[name=addDuty]")).click();
        WebElement secondDuty = browser.findElement(By.id("duties1"));
        secondDuty.sendKeys("Leads tours for students.");
        browser.findElement(By.cssSelector("button[name=moveDutyUp][value='1']")).click();
        browser.findElement(By.cssSelector("button[name=action][value=publish]")).click();
        Browser.confirmInDialog(browser);

        assertThat(browser.findElement(By.id("overrideReason-error")).getText()).startsWith("The check before publishing found");
        assertThat(browser.findElements(By.cssSelector(".publish-check li")).stream().map(WebElement::getText).toList())
                .contains("There is no Class Established date (admins set it on the Dates page).");
        assertThat(browser.findElement(By.id("summary")).getAttribute("value"))
                .isEqualTo("Teaches visitors about the animals in the school system's zoo.");
        browser.findElement(By.id("overrideReason")).sendKeys("The admins set the dates next.");
        browser.findElement(By.cssSelector("button[name=action][value=publish]")).click();
        Browser.confirmInDialog(browser);

        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("The description is published.");
        open(PUBLIC_PAGE);
        assertThat(browser.findElement(By.cssSelector("[data-field=summary]")).getText())
                .isEqualTo("Teaches visitors about the animals in the school system's zoo.");
        assertThat(browser.findElements(By.cssSelector("[data-field=duties] li")).stream().map(WebElement::getText).toList())
                .isEqualTo(List.of("Leads tours for students.", "Performs related work as required."));

        open("/editor");
        browser.findElement(By.cssSelector(".sign-out button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/login?signedOut"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");

        Browser.signIn(browser, "http://localhost:" + port, "browser-admin", "admin-password!");
        open("/admin/descriptions/" + descriptionId + "/dates");
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Revised today']")));
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("The dates were saved.");

        open(PUBLIC_PAGE);
        LocalDate today = LocalDate.now(clock);
        assertThat(browser.findElement(By.cssSelector("[data-field=dates-revised]")).getText())
                .isEqualTo(today.getMonthValue() + "/" + today.getYear());
        assertThat(browser.findElement(By.cssSelector("[data-field=summary]")).getText())
                .isEqualTo("Teaches visitors about the animals in the school system's zoo.");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
