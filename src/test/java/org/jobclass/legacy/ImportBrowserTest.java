package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** In a real browser: an editor imports a folder of legacy pages with progress, then publishes them in one go. */
@ServerTest
@Import(CatalogFixtures.class)
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogFixtures fixtures;

    @TempDir
    Path folder;

    WebDriver browser;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent("import-editor", "Import Editor", AccountRole.EDITOR, "import-password");
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        fixtures.deleteEverythingUnder("0007");
        fixtures.deleteEverythingUnder("5410");
    }

    @Test
    void anEditorImportsAFolderReviewsItAndPublishesTheDrafts() throws IOException {
        Path teacher = copy("teacher-special-education.txt");
        Path bus = copy("bus-operator.txt");
        Browser.signIn(browser, "http://localhost:" + port, "import-editor", "import-password");

        open("/editor/import");
        browser.findElement(By.id("files")).sendKeys(teacher + "\n" + bus);
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Review']")));
        assertThat(texts(".import-page h2")).containsExactly("teacher-special-education.txt will be created as a draft",
                "bus-operator.txt will be created as a draft");

        browser.findElement(By.cssSelector("#confirm-import button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElements(By.cssSelector("table.import-results tr.import-result")).size() == 2);
        assertThat(browser.findElement(By.id("import-progress")).getText()).isEqualTo("Imported 2 pages.");
        assertThat(texts("table.import-results tr.import-result .outcome")).containsExactly("Created as a draft", "Created as a draft");

        open("/editor?status=DRAFT");
        for (WebElement box : browser.findElements(By.cssSelector("input[name=ids]"))) {
            box.click();
        }
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Publish selected']")));
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("2 descriptions were published.");

        open("/classes/5410/bus-operator-safety-first-training-routes");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bus Operator, “Safety First” Training Routes");
        assertThat(browser.findElement(By.cssSelector("[data-field=grade]")).getText()).isEqualTo("12-13");
        assertThat(texts("[data-field=duties] li")).hasSize(4);
    }

    private Path copy(String fixture) throws IOException {
        Path file = folder.resolve(fixture);
        Files.writeString(file, LegacyPageParserTest.resource("/legacy/" + fixture));
        return file;
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
