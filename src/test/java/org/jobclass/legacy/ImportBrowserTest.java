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

/**
 * In a real browser: an editor imports a folder of legacy pages with progress, one of them cut off, then publishes the
 * whole ones in one go and the cut-off one only after confirming its text is complete.
 */
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
        fixtures.deleteEverythingUnder("2236");
    }

    @Test
    void anEditorImportsAFolderReviewsItAndPublishesTheDraftsTheCutOffOneOnlyOnceConfirmed() throws IOException {
        Path teacher = copy("teacher-special-education.txt");
        Path bus = copy("bus-operator.txt");
        String whole = LegacyPageParserTest.resource("/legacy/repeated-labels.txt");
        Path cut = folder.resolve("data-assistant.txt");
        Files.writeString(cut, whole.substring(0, whole.indexOf("Prepares attendance") + "Prepares att".length()));
        Browser.signIn(browser, "http://localhost:" + port, "import-editor", "import-password");

        open("/editor/import");
        browser.findElement(By.id("files")).sendKeys(teacher + "\n" + bus + "\n" + cut);
        Browser.clickThrough(browser, browser.findElement(By.xpath("//button[normalize-space()='Review']")));
        assertThat(texts(".import-page h2")).containsExactly("teacher-special-education.txt will be created as a draft",
                "bus-operator.txt will be created as a draft", "data-assistant.txt will be created as a draft");
        assertThat(browser.findElement(By.id("cut-off-summary")).getText()).startsWith("One page looks cut off");
        assertThat(browser.findElement(By.cssSelector("#page-2 .cut-off strong")).getText())
                .endsWith("Prepares att”, in EXAMPLES OF DUTIES AND RESPONSIBILITIES.");

        browser.findElement(By.cssSelector("#confirm-import button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElements(By.cssSelector("table.import-results tr.import-result")).size() == 3);
        assertThat(browser.findElement(By.id("import-progress")).getText()).isEqualTo("Imported 3 pages.");
        assertThat(texts("table.import-results tr.import-result .outcome")).containsOnly("Created as a draft");

        open("/editor?status=DRAFT");
        assertThat(texts(".cut-off")).containsExactly("imported from a page that looks cut off");
        for (WebElement box : browser.findElements(By.cssSelector("input[name=ids]"))) {
            box.click();
        }
        browser.findElement(By.id("overrideReason")).sendKeys("Imported as the office published them.");
        browser.findElement(By.xpath("//button[normalize-space()='Publish selected']")).click();
        assertThat(browser.findElement(By.cssSelector("dialog.confirm-dialog p")).getText())
                .isEqualTo("Each chosen draft or pending change becomes public at once, as it stands.");
        Browser.clickThrough(browser, browser.findElement(By.xpath("//dialog//button[normalize-space()='Yes, go ahead']")));
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("2 descriptions were published.");
        assertThat(browser.findElement(By.cssSelector(".flash-messages .alert.failure")).getText())
                .contains("not published because imported from pages that look cut off: Instructional Data Assistant");

        open("/editor?status=DRAFT");
        Browser.clickThrough(browser, browser.findElement(By.linkText("Instructional Data Assistant")));
        browser.findElement(By.xpath("//button[normalize-space()='Save and publish']")).click();
        Browser.confirmInDialog(browser);
        assertThat(browser.findElement(By.id("confirmComplete-error")).getText()).startsWith("This description was imported");
        browser.findElement(By.id("confirmComplete1")).click();
        browser.findElement(By.id("overrideReason")).sendKeys("The end of the duties was checked against the original.");
        browser.findElement(By.xpath("//button[normalize-space()='Save and publish']")).click();
        Browser.confirmInDialog(browser);
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("The description is published.");

        open("/classes/5410/bus-operator-safety-first-training-routes");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bus Operator, “Safety First” Training Routes");
        assertThat(browser.findElement(By.cssSelector("[data-field=grade]")).getText()).isEqualTo("12-13");
        assertThat(texts("[data-field=duties] li")).hasSize(4);
        open("/classes/2236/instructional-data-assistant");
        assertThat(texts("[data-field=duties] li")).containsExactly("Enters and verifies student data.", "Prepares att");
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
