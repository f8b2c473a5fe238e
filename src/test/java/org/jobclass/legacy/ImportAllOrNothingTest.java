package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Each imported page is one transaction: a page refused for its dates changes nothing. Every request commits. */
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
        MvcTestResult result = mvc.post().uri("/editor/import/confirm").with(csrf())
                .param("pages[0].name", name).param("pages[0].text", text).exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    private String summary() {
        return jdbc.queryForObject("select d.summary from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ?", String.class, CODE);
    }

    @Test
    void aReimportedPageWhoseDatesAreRefusedLeavesTheTextAsItWas() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        confirm("first.txt", text);
        String before = summary();

        String revised = text.replace("SUMMARY DESCRIPTION OF CLASSIFICATION: To be written.",
                        "SUMMARY DESCRIPTION OF CLASSIFICATION: Keeps the student information system accurate.")
                .replace("Date(s) Revised:", "Date(s) Revised: 1/2099");
        Document results = confirm("again.txt", revised);

        assertThat(results.selectFirst("tr.import-result .outcome").text()).isEqualTo("Failed");
        assertThat(summary()).isEqualTo(before);
    }
}
