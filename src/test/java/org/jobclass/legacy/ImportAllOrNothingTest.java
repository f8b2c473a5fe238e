package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.HtmlPages;
import org.jobclass.testing.ApplicationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each imported page is one transaction, and changes only what its editor reviewed: a page refused for its dates
 * changes nothing, a description changed or created after the review is left as it is, and a review is its
 * editor's own. Every request commits.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "chief", roles = {"ADMIN", "EDITOR"})
class ImportAllOrNothingTest {

    private static final String CODE = "2231";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    private Document confirm(String name, String text) {
        return ImportRequests.reviewAndConfirm(mvc, List.of(name), List.of(text));
    }

    private String summary() {
        return jdbc.queryForObject("select d.summary from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ?", String.class, CODE);
    }

    @Test
    void aReimportedPageWhoseDatesAreRefusedIsReportedAtTheReviewAndChangesNothing() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        confirm("first.txt", text);
        String before = summary();

        String revised = text.replace("SUMMARY DESCRIPTION OF CLASSIFICATION: To be written.",
                        "SUMMARY DESCRIPTION OF CLASSIFICATION: Keeps the student information system accurate.")
                .replace("Date(s) Revised:", "Date(s) Revised: 1/2099");
        Document review = ImportRequests.review(mvc, List.of("again.txt"), List.of(revised));
        Document results = ImportRequests.confirm(mvc, review);

        assertThat(review.selectFirst(".outcome").text()).isEqualTo("cannot be imported");
        assertThat(results.select("tr.import-result")).isEmpty();
        assertThat(summary()).isEqualTo(before);
    }

    @Test
    void aDescriptionChangedAfterTheReviewIsLeftAsItIsAndThePageSaysSo() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        confirm("first.txt", text);
        Document review = ImportRequests.review(mvc, List.of("again.txt"), List.of(text.replace(
                "SUMMARY DESCRIPTION OF CLASSIFICATION: To be written.",
                "SUMMARY DESCRIPTION OF CLASSIFICATION: Keeps the student information system accurate.")));
        jdbc.update("update class_description set summary = 'Rewritten by a colleague meanwhile.', version = version + 1"
                + " where job_class_id = (select id from job_class where code = ?)", CODE);

        Document results = ImportRequests.confirm(mvc, review);

        assertThat(results.selectFirst("tr.import-result .outcome").text()).isEqualTo("Failed");
        assertThat(results.selectFirst("tr.import-result").text()).contains("was changed or created by someone after your review");
        assertThat(summary()).isEqualTo("Rewritten by a colleague meanwhile.");
    }

    @Test
    void aPageCreatedBySomeoneElseAfterTheReviewIsNotImportedOverIt() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        Document review = ImportRequests.review(mvc, List.of("first.txt"), List.of(text));
        confirm("by-a-colleague.txt", text.replace("SUMMARY DESCRIPTION OF CLASSIFICATION: To be written.",
                "SUMMARY DESCRIPTION OF CLASSIFICATION: Written by a colleague."));

        Document results = ImportRequests.confirm(mvc, review);

        assertThat(results.selectFirst("tr.import-result .outcome").text()).isEqualTo("Failed");
        assertThat(summary()).isEqualTo("Written by a colleague.");
    }

    @Test
    void anotherEditorsReviewCannotBeConfirmed() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        Document review = ImportRequests.review(mvc, List.of("first.txt"), List.of(text));
        String reviewId = review.selectFirst("input[name=review]").val();

        Document page = HtmlPages.parse(mvc.post().uri("/editor/import/confirm").with(csrf())
                .with(user("someone-else").roles("EDITOR")).param("review", reviewId).param("page", "0").exchange());

        assertThat(page.selectFirst("main [role=alert]").text()).startsWith("This review is no longer kept");
        assertThat(jdbc.queryForObject("select count(*) from job_class where code = ?", Integer.class, CODE)).isZero();
    }
}
