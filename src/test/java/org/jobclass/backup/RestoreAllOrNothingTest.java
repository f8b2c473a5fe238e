package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Each entry of a backup is restored as a whole or not at all; entries that are not descriptions are reported. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "chief", roles = {"ADMIN", "EDITOR"})
class RestoreAllOrNothingTest {

    private static final String CODE = "0074";

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

    private Document restore(String json) {
        MvcTestResult result = mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "backup.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                .exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    private static String backupOf(String... entries) {
        return "{\"format\":\"jobclass-catalog\",\"version\":1,\"descriptions\":[" + String.join(",", entries) + "]}";
    }

    @Test
    void anEntryWhoseDatesAreRefusedLeavesItsTextAsItWas() {
        long id = fixtures.publish(CatalogFixtures.content(CODE, "Kept Clerk", "Files records."));
        String workingCopy = """
                {"officialTitle":"Official 0074","code":"0074","sqOq":"Not Applicable","workingTitle":"Kept Clerk","grade":"15",
                 "months":10,"summary":"Files and shreds records.","qualifications":{"KNOWLEDGE_SKILLS_ABILITIES":"Knowledge of the work."},
                 "overtimeEligible":false,"duties":["Performs related work as required."],"classEstablished":null,
                 "revisionDates":["2099-01-01"],"lastReviewed":null}""";

        Document report = restore(backupOf("{\"status\":\"PUBLISHED\",\"workingCopy\":" + workingCopy + ",\"published\":null}"));

        assertThat(report.selectFirst(".report").text()).isEqualTo("0 created, 0 updated, 0 unchanged, 1 failed");
        assertThat(jdbc.queryForObject("select summary from class_description where id = ?", String.class, id))
                .isEqualTo("Files records.");
    }

    @Test
    void entriesThatAreNotDescriptionsAreReportedAsFailed() {
        Document report = restore(backupOf("null", "{\"status\":\"PUBLISHED\"}", "{\"status\":\"DRAFT\",\"workingCopy\":{}}"));

        assertThat(report.selectFirst(".report").text()).isEqualTo("0 created, 0 updated, 0 unchanged, 3 failed");
        assertThat(report.select(".alert li").eachText()).hasSize(3)
                .allSatisfy(failure -> assertThat(failure).contains("not a complete description"));
    }
}
