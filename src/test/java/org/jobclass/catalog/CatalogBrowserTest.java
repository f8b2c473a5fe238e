package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An applicant finds a coordinator's class description in a real browser. */
@ServerTest
class CatalogBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @Test
    void anApplicantBrowsesFromTheCatalogToACoordinatorsDutiesAndQualifications() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Classification");

        Browser.clickThrough(browser, browser.findElement(By.linkText("A - C")));
        assertThat(browser.getCurrentUrl()).endsWith("/classes?range=a-c");
        List<String> titles = browser.findElements(By.cssSelector("#range-a-c tbody td:first-child"))
                .stream().map(WebElement::getText).toList();
        assertThat(titles).contains("Coordinator, Organizational Development, Office of School Support and Well-Being");

        Browser.clickThrough(browser,
                browser.findElement(By.linkText("Coordinator, Organizational Development, Office of School Support and Well-Being")));

        assertThat(browser.getTitle()).startsWith("Coordinator, Organizational Development");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Coordinator, Organizational Development, Office of School Support and Well-Being");
        List<WebElement> duties = browser.findElements(By.cssSelector("[data-field=duties] li"));
        assertThat(duties).hasSize(8);
        assertThat(duties.get(7).getText()).isEqualTo("Represents OneOTLS on task forces and committees.");
        assertThat(browser.findElement(By.id("qualifications-heading")).getText()).isEqualTo("MINIMUM QUALIFICATION STANDARDS");
        assertThat(browser.findElement(By.cssSelector("[data-field=CERTIFICATE_LICENSE]")).getText()).isEqualTo("None");
        assertThat(browser.findElement(By.cssSelector("[data-field=EDUCATION_TRAINING_EXPERIENCE]")).getText())
                .startsWith("Master's degree from an accredited college or university");
        assertThat(browser.findElement(By.cssSelector("[data-field=class-established]")).getText()).isEqualTo("4/2022");
    }

    @Test
    void anApplicantSearchesFromTheHomePageWithAMisspeltTitle() {
        browser.get("http://localhost:" + port + "/");
        WebElement box = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        assertThat(browser.findElement(By.cssSelector("label[for=site-search-q]")).getText()).isEqualTo("Search class descriptions");

        box.sendKeys("cordinator traning");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("header form[role=search] button")));

        assertThat(browser.getCurrentUrl()).contains("/search?q=cordinator+traning");
        assertThat(browser.findElement(By.id("results-heading")).getText()).endsWith("found");
        assertThat(browser.findElement(By.id("results-heading")).getAttribute("role")).isEqualTo("status");
        List<String> found = browser.findElements(By.cssSelector("ol.results h3")).stream().map(WebElement::getText).toList();
        assertThat(found).contains("Coordinator, Innovative and Progressive Systemwide Training");

        WebElement grade = browser.findElement(By.id("grade"));
        new org.openqa.selenium.support.ui.Select(grade).selectByValue("N");
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("\"systemwide training\"");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("main form[role=search] button")));

        assertThat(browser.findElements(By.cssSelector("ol.results h3")).stream().map(WebElement::getText).toList())
                .containsExactly("Coordinator, Innovative and Progressive Systemwide Training");
        assertThat(browser.findElements(By.cssSelector("ol.results mark")).stream().map(WebElement::getText).toList())
                .contains("Systemwide", "Training");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("ol.results h3 a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Coordinator, Innovative and Progressive Systemwide Training");
    }

    @Test
    void anApplicantTypesACodeAndLandsOnItsClass() {
        browser.get("http://localhost:" + port + "/classes");
        browser.findElement(By.id("site-search-q")).sendKeys("435");
        Browser.clickThrough(browser, browser.findElement(By.cssSelector("header form[role=search] button")));

        assertThat(browser.getCurrentUrl()).endsWith("/classes/0435");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Coordinator (0435)");
    }

    @Test
    void theBreadcrumbLeadsBackToTheCatalog() {
        browser.get("http://localhost:" + port + "/classes/0435/coordinator-innovative-and-progressive-systemwide-training");

        Browser.clickThrough(browser, browser.findElement(By.cssSelector(".breadcrumb a")));

        assertThat(browser.getCurrentUrl()).endsWith("/classes");
        assertThat(browser.findElement(By.cssSelector(".sorted-by")).getText())
                .isEqualTo("Sorted by job title: A - C | D - H | I - Q | R - Z");
    }
}
