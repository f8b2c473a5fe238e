package org.jobclass.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.editing.EditingService;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Any past version, for everyone: each published revision at its own address, the page as it was on a day, two
 * revisions compared, a retired class that says so, and addresses that forgive. Every change commits.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "revisions-editor", roles = "EDITOR")
class PublicRevisionsTest {

    private static final String PATH = "/classes/6631/revisions-clerk";

    @Autowired
    MockMvcTester mvc;

    /** The application's clock: "today" is the office's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    long id;

    @BeforeEach
    void publishTwoRevisions() {
        id = fixtures.publish(CatalogFixtures.content("6631", "Revisions Clerk", "Keeps the first records."));
        var summary = editing.summary(id);
        DescriptionContent first = summary.content();
        editing.saveAndPublish(id, new DescriptionContent(first.officialTitle(), first.code(), first.sqOq(), first.workingTitle(),
                first.grade(), first.months(), "Keeps the second records.", first.qualifications(), first.overtimeEligible(),
                first.duties(), first.classEstablished(), first.revisionDates(), first.lastReviewed()),
                summary.version(), "staff-only note", org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "revisions-editor");
        jdbc.update("update description_revision set published_at = now() - interval '10 days' where description_id = ? and number = 1", id);
    }

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6631");
    }

    @Test
    void eachRevisionIsShownAsPublishedWithABannerSayingWhichItIs() {
        Document first = HtmlPages.get(mvc, PATH + "/revisions/1");
        Document second = HtmlPages.get(mvc, PATH + "/revisions/2");

        assertThat(first.selectFirst("[data-field=summary]").text()).isEqualTo("Keeps the first records.");
        assertThat(first.selectFirst(".past-revision").text()).startsWith("This is revision 1, published on")
                .contains("See the current version");
        assertThat(first.selectFirst(".past-revision a[href=" + PATH + "]")).isNotNull();
        assertThat(second.selectFirst(".past-revision").text()).contains("It is the current version.");
        assertThat(mvc.get().uri(PATH + "/revisions/3")).hasStatus(404);
    }

    @Test
    void thePageAsItWasOnADayIsTheRevisionThenPublic() {
        LocalDate today = LocalDate.now(clock);

        assertThat(mvc.get().uri(PATH + "?as_of=" + today.minusDays(5))).hasStatus(302).hasRedirectedUrl(PATH + "/revisions/1");
        assertThat(mvc.get().uri(PATH + "?as_of=" + today.plusDays(1))).hasRedirectedUrl(PATH + "/revisions/2");
        assertThat(mvc.get().uri(PATH + "?as_of=" + today.minusDays(30))).hasStatus(404);
        assertThat(mvc.get().uri(PATH + "?as_of=not-a-day")).hasStatus(400);
    }

    @Test
    void theHistoryLinksEveryRevisionAndComparesAnyTwoWithoutStaffNotesOrNames() throws Exception {
        Document history = HtmlPages.get(mvc, PATH + "/history");
        MvcTestResult compare = mvc.get().uri(PATH + "/compare?from=1&to=2").exchange();

        assertThat(history.select("a[href^=" + PATH + "/revisions/]").eachText()).containsExactly("Revision 2", "Revision 1");
        assertThat(history.select("form[action=" + PATH + "/compare] select")).hasSize(2);
        Document comparison = HtmlPages.parse(compare);
        assertThat(comparison.select("tr.changed del").eachText()).containsExactly("first");
        assertThat(comparison.select("tr.changed ins").eachText()).containsExactly("second");
        String html = compare.getResponse().getContentAsString();
        assertThat(html).doesNotContain("staff-only note").doesNotContain("revisions-editor").doesNotContain("fixture");
    }

    @Test
    void aRetiredClassIsGoneWithWhenAndLinksToItsCodeAndHistory() {
        editing.retire(id, "revisions-editor");

        MvcTestResult page = mvc.get().uri(PATH).exchange();

        assertThat(page).hasStatus(410);
        Document gone = HtmlPages.parse(page);
        assertThat(gone.selectFirst("main p").text()).startsWith("This class description was retired on");
        assertThat(gone.select("main a").eachAttr("href")).contains(PATH + "/history", "/classes/6631");
        assertThat(mvc.get().uri(PATH + "/history")).hasStatusOk();
        assertThat(mvc.get().uri(PATH + "/revisions/1")).hasStatusOk();
    }

    @Test
    void forgivingAddressesRedirectForGood() {
        editing.saveAndPublish(id, renamed(editing.summary(id).content()), editing.summary(id).version(), null, org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "revisions-editor");

        assertThat(mvc.get().uri("/classes/435")).hasStatus(301).hasRedirectedUrl("/classes/0435");
        assertThat(mvc.get().uri("/classes/6631/revisions-clerk-ii/")).hasStatus(301).hasRedirectedUrl("/classes/6631/revisions-clerk-ii");
        assertThat(mvc.get().uri(PATH)).hasStatus(301).hasRedirectedUrl("/classes/6631/revisions-clerk-ii");
    }

    private static DescriptionContent renamed(DescriptionContent content) {
        return new DescriptionContent(content.officialTitle(), content.code(), content.sqOq(), "Revisions Clerk II",
                content.grade(), content.months(), content.summary(), content.qualifications(), content.overtimeEligible(),
                content.duties(), content.classEstablished(), content.revisionDates(), content.lastReviewed());
    }
}
