package org.jobclass.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.VerificationCode;
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

/** A reader types the code of a printout, or follows its QR code, and learns whether it is still current. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "verify-editor", roles = "EDITOR")
class VerifyPrintoutTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    long id;
    String firstCode;

    @BeforeEach
    void publish() {
        id = fixtures.publish(CatalogFixtures.content("6641", "Verified Clerk", "Keeps the first records."));
        firstCode = VerificationCode.of(currentRevisionId());
    }

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6641");
    }

    @Test
    void theCurrentPrintoutSaysSo() {
        Document page = HtmlPages.get(mvc, "/verify?code=" + firstCode.toLowerCase());

        assertThat(page.selectFirst(".verdict h2").text()).isEqualTo("Current");
        assertThat(page.selectFirst(".verdict").text()).contains("Printout " + firstCode + " shows revision 1 of Verified Clerk (code 6641)",
                "It is the current version.");
    }

    @Test
    void aSupersededPrintoutSaysWhenAndByWhichRevisionWithTheDifference() {
        var summary = editing.summary(id);
        DescriptionContent first = summary.content();
        editing.saveAndPublish(id, new DescriptionContent(first.officialTitle(), first.code(), first.sqOq(), first.workingTitle(),
                first.grade(), first.months(), "Keeps the second records.", first.qualifications(), first.overtimeEligible(),
                first.duties(), first.classEstablished(), first.revisionDates(), first.lastReviewed()),
                summary.version(), null, org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "verify-editor");

        Document page = HtmlPages.get(mvc, "/verify?code=" + firstCode);
        Document current = HtmlPages.get(mvc, "/verify?code=" + VerificationCode.of(currentRevisionId()));

        assertThat(page.selectFirst(".verdict h2").text()).isEqualTo("Superseded");
        assertThat(page.selectFirst(".verdict").text()).contains("It was superseded on ", " by revision 2. The current version is revision 2.");
        assertThat(page.select(".verdict a").eachAttr("href")).contains("/classes/6641/verified-clerk/compare?from=1&to=2",
                "/classes/6641/verified-clerk", "/classes/6641/verified-clerk/revisions/1");
        assertThat(current.selectFirst(".verdict h2").text()).isEqualTo("Current");
    }

    @Test
    void aRetiredClassesPrintoutSaysItWasRetired() {
        editing.retire(id, "verify-editor");

        Document page = HtmlPages.get(mvc, "/verify?code=" + firstCode);

        assertThat(page.selectFirst(".verdict h2").text()).isEqualTo("Retired");
        assertThat(page.selectFirst(".verdict").text()).contains("This class description was retired on");
    }

    @Test
    void aCodeOfNoPrintoutIsSaidPlainlyNeverAnError() {
        String mistyped = firstCode.substring(0, 4) + (firstCode.charAt(4) == '9' ? '8' : '9') + firstCode.substring(5);

        for (String typed : new String[] {mistyped, "<b>nonsense</b>", "x".repeat(500)}) {
            var result = mvc.get().uri("/verify").param("code", typed).exchange();
            assertThat(result).as(typed).hasStatusOk();
            assertThat(HtmlPages.parse(result).selectFirst("#code-error").text()).contains("is not the code of any printout");
        }
        assertThat(HtmlPages.get(mvc, "/verify").select(".verdict, #code-error")).isEmpty();
    }

    private long currentRevisionId() {
        return jdbc.queryForObject("select published_revision_id from class_description where id = ?", Long.class, id);
    }
}
