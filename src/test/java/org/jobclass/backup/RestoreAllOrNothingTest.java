package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.editing.EditingService;
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

/**
 * A backup is previewed before it is restored: what it would replace is shown and nothing changes until confirmed.
 * Each entry is then restored as a whole or not at all, only over the version previewed; entries that are not
 * descriptions are reported. Every request commits.
 */
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

    @Autowired
    EditingService editing;

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    private Document restore(String json) {
        return BackupRequests.restore(mvc, json);
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

    private static String entry(String summary) {
        return "{\"status\":\"PUBLISHED\",\"workingCopy\":" + """
                {"officialTitle":"Official 0074","code":"0074","sqOq":"Not Applicable","workingTitle":"Kept Clerk","grade":"15",
                 "months":10,"summary":"%s","qualifications":{"KNOWLEDGE_SKILLS_ABILITIES":"Knowledge of the work."},
                 "overtimeEligible":false,"duties":["Performs related work as required."],"classEstablished":null,
                 "revisionDates":[],"lastReviewed":null}""".formatted(summary) + ",\"published\":null}";
    }

    private String summaryOf(long id) {
        return jdbc.queryForObject("select summary from class_description where id = ?", String.class, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
    }

    @Test
    void thePreviewShowsWhatWouldBeReplacedAndChangesNothing() {
        long id = fixtures.publish(CatalogFixtures.content(CODE, "Kept Clerk", "Files records."));
        editing.save(id, CatalogFixtures.content(CODE, "Kept Clerk", "An unpublished rewrite."), version(id), "colleague");

        Document preview = BackupRequests.preview(mvc, backupOf(entry("Files records from the backup.")));

        assertThat(preview.selectFirst(".report").text()).isEqualTo("0 to create, 1 to change, 0 unchanged, 0 cannot be restored");
        assertThat(preview.selectFirst("tr.restore-entry td:nth-child(2)").text())
                .startsWith("Changes: SUMMARY DESCRIPTION OF CLASSIFICATION:")
                .contains("Replaces unpublished changes saved by colleague");
        assertThat(preview.selectFirst("main .alert.warning").text()).startsWith("One description has changes that are not published yet");
        assertThat(summaryOf(id)).isEqualTo("An unpublished rewrite.");

        Document report = BackupRequests.confirm(mvc, preview);

        assertThat(report.selectFirst(".report").text()).isEqualTo("0 created, 1 updated, 0 unchanged, 0 failed");
        assertThat(summaryOf(id)).isEqualTo("Files records from the backup.");
    }

    @Test
    void aDescriptionSavedAfterThePreviewIsLeftAsItIs() {
        long id = fixtures.publish(CatalogFixtures.content(CODE, "Kept Clerk", "Files records."));
        Document preview = BackupRequests.preview(mvc, backupOf(entry("Files records from the backup.")));
        jdbc.update("update class_description set summary = 'Saved after the preview.', version = version + 1 where id = ?", id);

        Document report = BackupRequests.confirm(mvc, preview);

        assertThat(report.selectFirst(".report").text()).isEqualTo("0 created, 0 updated, 0 unchanged, 1 failed");
        assertThat(report.selectFirst("main .alert li").text()).contains("changed by someone after the preview");
        assertThat(summaryOf(id)).isEqualTo("Saved after the preview.");
    }

    @Test
    void aPreviewIsRestoredOnceAndOnlyByItsAdmin() {
        Document preview = BackupRequests.preview(mvc, backupOf(entry("Files records.")));
        String review = preview.selectFirst("input[name=review]").val();

        Document byAnother = HtmlPages.parse(mvc.post().uri("/admin/backup/confirm").with(csrf())
                .with(user("another-admin").roles("ADMIN")).param("review", review).exchange());
        assertThat(byAnother.selectFirst("main [role=alert]").text()).startsWith("This preview is no longer kept");
        assertThat(jdbc.queryForObject("select count(*) from job_class where code = ?", Integer.class, CODE)).isZero();

        assertThat(BackupRequests.confirm(mvc, preview).selectFirst(".report").text())
                .isEqualTo("1 created, 0 updated, 0 unchanged, 0 failed");
        assertThat(BackupRequests.confirm(mvc, preview).selectFirst("main [role=alert]").text())
                .startsWith("This preview is no longer kept");
    }

    @Test
    void entriesThatAreNotDescriptionsAreReportedAsFailed() {
        Document report = restore(backupOf("null", "{\"status\":\"PUBLISHED\"}", "{\"status\":\"DRAFT\",\"workingCopy\":{}}"));

        assertThat(report.selectFirst(".report").text()).isEqualTo("0 created, 0 updated, 0 unchanged, 3 failed");
        assertThat(report.select("main .alert li").eachText()).hasSize(3)
                .allSatisfy(failure -> assertThat(failure).contains("not a complete description"));
    }
}
