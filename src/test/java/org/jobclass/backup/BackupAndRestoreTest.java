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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalog backs up to JSON and restores from it; restoring is idempotent and changes only what differs. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "keeper", roles = "ADMIN")
class BackupAndRestoreTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    /** Every request commits, as in production; what a restore created is removed after each test. */
    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder("8801");
    }

    @Test
    void theBackupHoldsEveryDescriptionWithStatusWorkingCopyAndPublishedText() throws Exception {
        MvcTestResult result = mvc.get().uri("/admin/backup/catalog.json").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/json");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"jobclass-catalog-");
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\" : \"jobclass-catalog\"", "\"status\" : \"PUBLISHED\"",
                "\"workingTitle\" : \"Coordinator, Organizational Development, Office of School Support and Well-Being\"",
                "\"classEstablished\" : \"2022-04\"", "\"published\" : {");
    }

    @Test
    void restoringTheCurrentBackupChangesNothing() throws Exception {
        Document report = restore(backup());

        assertThat(report.selectFirst(".report").text()).isEqualTo("0 created, 0 updated, 2 unchanged, 0 failed");
    }

    @Test
    void aChangedBackupIsRestoredOnceAndThenChangesNothingMore() throws Exception {
        String withNewEntry = backup().replaceFirst("\"descriptions\" : \\[", "\"descriptions\" : [ " + newEntry() + ",");
        assertThat(restore(withNewEntry).selectFirst(".report").text()).isEqualTo("1 created, 0 updated, 2 unchanged, 0 failed");
        assertThat(HtmlPages.get(mvc, "/classes/8801/restored-clerk").selectFirst("h1").text()).isEqualTo("Restored Clerk");
        String changed = backup().replace("\"summary\" : \"Files records.\"", "\"summary\" : \"Files and scans records.\"");

        Document first = restore(changed);
        assertThat(first.selectFirst(".report").text()).isEqualTo("0 created, 1 updated, 2 unchanged, 0 failed");
        assertThat(HtmlPages.get(mvc, "/classes/8801/restored-clerk").selectFirst("[data-field=summary]").text())
                .isEqualTo("Files and scans records.");

        Document second = restore(changed);
        assertThat(second.selectFirst(".report").text()).isEqualTo("0 created, 0 updated, 3 unchanged, 0 failed");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithAMessage() {
        for (String content : new String[] {"not json at all", "{\"format\":\"something-else\",\"descriptions\":[]}", ""}) {
            Document page = HtmlPages.parse(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                    .file(new MockMultipartFile("file", "backup.json", "application/json", content.getBytes(StandardCharsets.UTF_8)))
                    .exchange());
            assertThat(page.selectFirst("main [role=alert]").text())
                    .isEqualTo("This file is not a jobclass catalog backup. Choose a file downloaded from this page.");
        }
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsCannotBackUpOrRestore() {
        assertThat(mvc.get().uri("/admin/backup/catalog.json")).hasStatus(403);
        assertThat(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "b.json", "application/json", new byte[] {'{', '}'}))).hasStatus(403);
    }

    private String backup() throws Exception {
        return mvc.get().uri("/admin/backup/catalog.json").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Document restore(String json) {
        return BackupRequests.restore(mvc, json);
    }

    private static String newEntry() {
        String content = """
                {"officialTitle":"Clerk","code":"8801","sqOq":null,"workingTitle":"Restored Clerk","grade":"9","months":12,
                 "summary":"Files records.","qualifications":{"PHYSICAL_DEMANDS":"None"},"overtimeEligible":true,
                 "duties":["Files records."],"classEstablished":"2020-01","revisionDates":["2021-05-01"],"lastReviewed":null}""";
        return "{\"status\":\"PUBLISHED\",\"workingCopy\":" + content + ",\"published\":" + content + "}";
    }
}
