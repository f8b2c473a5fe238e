package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.Axe;
import org.jobclass.testing.Browser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * In a real browser, with the page's script: an editor builds a class with twelve duties without the page reloading
 * once (adding, pasting many lines, removing, moving by keyboard), hears each change announced, and publishes it after
 * confirming; the form with twelve duties has no accessibility violation on a desktop or a phone.
 */
@ServerTest
@Import(CatalogFixtures.class)
class DutiesBrowserTest {

    private static final String CODE = "9331";

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    AccountService accounts;

    ChromeDriver browser;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent("duties-editor", "Duties Editor", AccountRole.EDITOR, "duties-editor-password");
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        browser.quit();
        fixtures.deleteEverythingUnder(CODE);
    }

    @Test
    void anEditorBuildsATwelveDutyClassWithoutAReloadReordersItByKeyboardAndPublishesIt() {
        Browser.signIn(browser, base(), "duties-editor", "duties-editor-password");
        browser.get(base() + "/editor/descriptions/new");
        browser.executeScript("window.samePage = true;");
        type("code", CODE);
        type("officialTitle", "Reptile House Keeper");
        type("workingTitle", "Reptile House Keeper");
        type("grade", "14");
        type("months", "12");
        type("summary", "Cares for the reptiles of the school system's zoo.");
        browser.findElement(By.cssSelector("input[name=overtimeEligible][value=true]")).click();

        // The first duty: "Add a duty" pressed from the keyboard puts the caret in the new box.
        WebElement add = browser.findElement(By.cssSelector("button[name=addDuty]"));
        add.sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("name")).isEqualTo("duties[0]");
        focused().sendKeys("Feeds the reptiles.");
        assertAnnounced("Duty 1 added.");

        add.sendKeys(Keys.ENTER);
        List<String> pasted = List.of("Cleans the enclosures.", "Checks the temperature twice a day.",
                "Keeps the feeding log.", "Cleans the enclosures.", "Answers visitors' questions.",
                "Trains volunteers.", "Orders supplies.", "Reports illness to the veterinarian.",
                "Keeps the quarantine room.", "Leads school groups.", "Prepares the night check.");
        paste(focused(), String.join("\r\n", pasted) + "\n\n");
        assertAnnounced("11 lines pasted, one duty each.");
        assertThat(duties()).hasSize(12);
        assertThat(focused().getAttribute("name")).isEqualTo("duties[11]");

        // The duplicate line goes: its Remove button, then the caret is in the next duty.
        browser.findElement(By.cssSelector("button[name=removeDuty][value='4']")).sendKeys(Keys.ENTER);
        assertAnnounced("Duty 5 removed. 11 left.");
        assertThat(focused().getAttribute("value")).isEqualTo("Answers visitors' questions.");
        add.sendKeys(Keys.ENTER);
        focused().sendKeys("Writes the monthly report.");

        // The first duty moves down twice from its "Move down" button, focus staying on that button.
        browser.findElement(By.cssSelector("button[name=moveDutyDown][value='0']")).sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("value")).isEqualTo("1");
        focused().sendKeys(Keys.ENTER);
        assertAnnounced("Duty moved to place 3 of 12.");
        assertThat(focused().getAccessibleName()).isEqualTo("Move down duty 3");
        // The last duty moves up from its own box with Alt and the up arrow, the caret staying in it.
        WebElement last = browser.findElement(By.id("duties11"));
        last.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        assertAnnounced("Duty moved to place 11 of 12.");
        assertThat(focused().getAttribute("id")).isEqualTo("duties10");
        assertThat(focused().getAttribute("value")).isEqualTo("Writes the monthly report.");
        // Moved to the top, the "Move up" button is disabled: focus goes to the same duty's "Move down".
        browser.findElement(By.cssSelector("button[name=moveDutyUp][value='1']")).sendKeys(Keys.ENTER);
        assertThat(focused().getAccessibleName()).isEqualTo("Move down duty 1");

        List<String> expected = new ArrayList<>(List.of("Checks the temperature twice a day.", "Cleans the enclosures.",
                "Feeds the reptiles.", "Keeps the feeding log.", "Answers visitors' questions.", "Trains volunteers.",
                "Orders supplies.", "Reports illness to the veterinarian.", "Keeps the quarantine room.", "Leads school groups.",
                "Writes the monthly report.", "Prepares the night check."));
        assertThat(duties()).isEqualTo(expected);
        assertThat(browser.findElements(By.cssSelector("ol.duties label")).stream().map(WebElement::getText).toList())
                .isEqualTo(IntStream.rangeClosed(1, 12).mapToObj(n -> "Duty " + n).toList());
        assertThat(browser.executeScript("return window.samePage === true;")).as("no page reload").isEqualTo(true);

        assertThat(Axe.violations(browser)).as("the form at 1280 px").isEmpty();
        Browser.phoneWidth(browser, 390);
        assertThat(Axe.violations(browser)).as("the form at 390 px").isEmpty();
        assertThat(Axe.pageWidth(browser)).as("the form at 390 px, past the edge: " + Axe.pastTheEdge(browser))
                .isLessThanOrEqualTo(390);
        Browser.desktopWidth(browser);

        browser.findElement(By.cssSelector("button[name=action][value=publish]")).click();
        Browser.confirmInDialog(browser);
        // The check before publishing asks for a reason (no Class Established date yet); the duties came through.
        assertThat(duties()).isEqualTo(expected);
        browser.findElement(By.id("overrideReason")).sendKeys("The admins set the dates next.");
        browser.findElement(By.cssSelector("button[name=action][value=publish]")).click();
        Browser.confirmInDialog(browser);
        assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("The description is published.");

        browser.get(base() + "/classes/" + CODE + "/reptile-house-keeper");
        assertThat(browser.findElements(By.cssSelector("[data-field=duties] li")).stream().map(WebElement::getText).toList())
                .isEqualTo(expected);
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private List<String> duties() {
        return browser.findElements(By.cssSelector("ol.duties textarea")).stream().map(box -> box.getAttribute("value")).toList();
    }

    /** The list's live region comes to say this (it is emptied first, so that the same words are said again). */
    private void assertAnnounced(String expected) {
        WebElement status = browser.findElement(By.cssSelector(".duties-status"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(driver -> expected.equals(status.getAttribute("textContent")));
        } catch (TimeoutException notSaid) {
            assertThat(status.getAttribute("textContent")).as("announced").isEqualTo(expected);
        }
    }

    /** Pastes text as the clipboard would: a paste event carrying it. */
    private void paste(WebElement box, String text) {
        browser.executeScript("""
                const transfer = new DataTransfer();
                transfer.setData('text/plain', arguments[1]);
                arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, cancelable: true}));
                """, box, text);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
