package org.jobclass.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Any two published classes compared side by side, as an applicant or a classifier does. */
@ApplicationTest
@Import(CatalogFixtures.class)
class ClassComparisonTest {

    private static final String TRAINING = "0435/coordinator-innovative-and-progressive-systemwide-training";
    private static final String DEVELOPMENT = "/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6651");
    }

    @Test
    void twoClassesAreComparedSectionBySectionWithTheWordsThatDiffer() {
        Document page = HtmlPages.get(mvc, "/classes/compare?left=" + TRAINING + "&right=http://localhost:8080" + DEVELOPMENT);

        assertThat(page.select("table.comparison thead a").eachAttr("href"))
                .containsExactly("/classes/" + TRAINING, DEVELOPMENT);
        assertThat(page.select("table.comparison tr.section th").eachText()).contains("SUMMARY DESCRIPTION OF CLASSIFICATION:",
                "EXAMPLES OF DUTIES AND RESPONSIBILITIES:");
        assertThat(page.select("tr.changed th").eachText()).contains("WORKING TITLE:", "SUMMARY DESCRIPTION OF CLASSIFICATION:");
        assertThat(page.select("tr.section:not(.changed) th").eachText()).contains("OFFICIAL TITLE:");
        assertThat(page.select("tr.changed ins")).isNotEmpty();
    }

    @Test
    void aCodeWithOneWorkingTitleNamesItAndAnythingElseIsSaidPlainly() {
        fixtures.publish(CatalogFixtures.content("6651", "Compared Clerk", "Keeps compared records."));

        Document byCode = HtmlPages.get(mvc, "/classes/compare?left=6651&right=" + TRAINING);
        Document ambiguous = HtmlPages.get(mvc, "/classes/compare?left=0435&right=../../etc/passwd");

        assertThat(byCode.select("table.comparison thead a").eachAttr("href")).first().isEqualTo("/classes/6651/compared-clerk");
        assertThat(ambiguous.select(".error").eachText()).hasSize(2);
        assertThat(ambiguous.select("table.comparison")).isEmpty();
        assertThat(HtmlPages.get(mvc, "/classes/compare").select(".error, table.comparison")).isEmpty();
    }
}
