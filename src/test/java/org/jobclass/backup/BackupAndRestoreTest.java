package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.VerificationCode;
import org.jobclass.editing.EditingService;
import org.jobclass.editing.PublishConfirmation;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog backs up to one file holding every description with its whole public history, and restores from it: a
 * description is found by its id, whatever its title has become, and restoring is idempotent. Every request commits.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "keeper", roles = {"ADMIN", "EDITOR"})
class BackupAndRestoreTest {

    private static final String CODE = "8801";
    private static final PublishConfirmation CHECKED = PublishConfirmation.overriding("Checked by the test");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
        jdbc.update("delete from audit_event where actor = 'keeper'");
    }

    private static DescriptionContent content(String workingTitle, String summary) {
        return CatalogFixtures.content(CODE, workingTitle, summary);
    }

    private int descriptionCount() {
        return jdbc.queryForObject("select count(*) from class_description", Integer.class);
    }

    @Test
    void theBackupHoldsEveryRevisionWithItsNumberPublicationNoteAndVerificationCode() throws Exception {
        long id = editing.createAndPublish(content("Records Clerk", "Files records."), "First publication of the clerk", CHECKED, "keeper");
        editing.saveAndPublish(id, content("Records Clerk", "Files and scans records."), editing.summary(id).version(),
                "Scanning added", CHECKED, "keeper");
        editing.retire(id, "keeper");
        editing.restore(id, "keeper");

        MvcTestResult result = mvc.get().uri("/admin/backup/catalog.json.gz").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/gzip");
        assertThat(result.getResponse().getHeader("Content-Disposition")).matches("attachment; filename=\"jobclass-catalog-\\d{4}-\\d\\d-\\d\\d\\.json\\.gz\"");
        JsonNode backup = json.readTree(BackupRequests.gunzip(result.getResponse().getContentAsByteArray()));
        assertThat(backup.get("format").asString()).isEqualTo("jobclass-catalog");
        assertThat(backup.get("version").asInt()).isEqualTo(2);
        UUID publicId = jdbc.queryForObject("select public_id from class_description where id = ?", UUID.class, id);
        JsonNode description = null;
        for (JsonNode candidate : backup.get("descriptions")) {
            if (candidate.get("id").asString().equals(publicId.toString())) {
                description = candidate;
            }
        }
        assertThat(description).isNotNull();
        assertThat(description.get("databaseId").asLong()).isEqualTo(id);
        assertThat(description.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(description.get("slug").asString()).isEqualTo("records-clerk");
        assertThat(description.get("workingCopy").get("summary").asString()).isEqualTo("Files and scans records.");
        List<JsonNode> revisions = description.get("revisions").valueStream().toList();
        assertThat(revisions).extracting(revision -> revision.get("number").asInt()).containsExactly(1, 2);
        assertThat(revisions).extracting(revision -> revision.get("note").asString())
                .containsExactly("First publication of the clerk", "Scanning added");
        assertThat(revisions).extracting(revision -> revision.get("publishedBy").asString()).containsExactly("keeper", "keeper");
        assertThat(revisions).extracting(revision -> revision.get("content").get("summary").asString())
                .containsExactly("Files records.", "Files and scans records.");
        List<Long> revisionIds = jdbc.queryForList("select id from description_revision where description_id = ? order by number",
                Long.class, id);
        assertThat(revisions).extracting(revision -> revision.get("verificationCode").asString())
                .containsExactly(VerificationCode.of(revisionIds.get(0)), VerificationCode.of(revisionIds.get(1)));
        OffsetDateTime secondPublished = jdbc.queryForObject("select published_at from description_revision where id = ?",
                OffsetDateTime.class, revisionIds.get(1));
        assertThat(OffsetDateTime.parse(revisions.get(1).get("publishedAt").asString()).toInstant()).isEqualTo(secondPublished.toInstant());
        assertThat(description.get("statusChanges").valueStream().map(change -> change.get("change").asString() + " by "
                + change.get("by").asString()).toList()).containsExactly("RETIRED by keeper", "RESTORED by keeper");
    }

    @Test
    void restoringTheCurrentBackupChangesNothing() {
        int descriptions = descriptionCount();

        Document preview = BackupRequests.preview(mvc, BackupRequests.backup(mvc));

        assertThat(preview.selectFirst(".report").text())
                .isEqualTo("0 to create, 0 to change, " + descriptions + " unchanged, 0 revisions to add");
        assertThat(preview.selectFirst(".nothing-to-restore").text()).isEqualTo("Nothing to restore: the catalog already matches this backup.");
        assertThat(preview.select("form[action=/admin/backup/confirm]")).as("nothing to confirm").isEmpty();
        assertThat(preview.select(".not-in-backup")).isEmpty();
        assertThat(descriptionCount()).isEqualTo(descriptions);
    }

    @Test
    void aDescriptionRenamedSinceTheBackupIsUpdatedNotDuplicated() {
        long id = editing.createAndPublish(content("Records Clerk", "Files records."), null, CHECKED, "keeper");
        String backup = BackupRequests.backup(mvc);
        signInAgain();
        editing.saveAndPublish(id, content("Archives Clerk", "Files records."), editing.summary(id).version(), null, CHECKED, "keeper");

        Document preview = BackupRequests.preview(mvc, backup);

        assertThat(preview.select("tr.restore-entry")).hasSize(1);
        assertThat(preview.selectFirst("tr.restore-entry td").text()).isEqualTo("Description " + position(backup, id)
                + " in the file (8801 Records Clerk), here now 8801 Archives Clerk");
        assertThat(preview.selectFirst("tr.restore-entry td:nth-child(2)").text())
                .isEqualTo("Changes: WORKING TITLE; address; the backup's text published as revision 3");
        assertThat(preview.selectFirst("tr.restore-entry td:nth-child(3)").text()).isEqualTo("1");
        Document report = BackupRequests.confirm(mvc, preview);

        assertThat(report.selectFirst(".report").text()).startsWith("0 created, 1 updated, ").endsWith(" unchanged, 1 revision added");
        assertThat(jdbc.queryForList("select d.id from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ?", Long.class, CODE)).containsExactly(id);
        assertThat(HtmlPages.get(mvc, "/classes/8801/records-clerk").selectFirst("h1").text()).contains("Records Clerk");
        assertThat(jdbc.queryForList("select concat_ws(' | ', number, working_title, published_by, note) from description_revision"
                + " where description_id = ? order by number", String.class, id)).containsExactly(
                "1 | Records Clerk | keeper", "2 | Archives Clerk | keeper", "3 | Records Clerk | keeper | Restored from a backup");

        Document again = BackupRequests.preview(mvc, backup);

        assertThat(again.selectFirst(".report").text()).isEqualTo("0 to create, 0 to change, " + descriptionCount()
                + " unchanged, 0 revisions to add");
        assertThat(again.selectFirst(".nothing-to-restore")).isNotNull();
    }

    @Test
    void aDescriptionMissingHereIsCreatedWithItsHistoryAndTheAuditLogRecordsTheRestore() {
        long id = editing.createAndPublish(content("Records Clerk", "Files records."), "First", CHECKED, "keeper");
        editing.saveAndPublish(id, content("Records Clerk", "Files and scans records."), editing.summary(id).version(), "Second",
                CHECKED, "keeper");
        String backup = BackupRequests.backup(mvc);
        List<String> history = jdbc.queryForList("select concat_ws(' | ', id, number, published_at, published_by, note, content::text)"
                + " from description_revision where description_id = ? order by number", String.class, id);
        fixtures.deleteEverythingUnder(CODE);

        Document report = BackupRequests.restore(mvc, backup);

        assertThat(report.selectFirst(".report").text()).startsWith("1 created, 0 updated, ").endsWith(" unchanged, 2 revisions added");
        assertThat(jdbc.queryForList("select concat_ws(' | ', id, number, published_at, published_by, note, content::text)"
                + " from description_revision where description_id = ? order by number", String.class, id))
                .as("the same revisions, with the same numbers, codes, times and publishers").isEqualTo(history);
        assertThat(jdbc.queryForList("select concat_ws(' | ', action, subject_label, detail) from audit_event where actor = 'keeper'"
                + " and action in ('CATALOG_RESTORED', 'DESCRIPTION_FROM_BACKUP') order by id", String.class))
                .hasSize(2)
                .first().isEqualTo("DESCRIPTION_FROM_BACKUP | 8801 Records Clerk | created with 2 revisions");
        assertThat(HtmlPages.get(mvc, "/admin/audit?action=CATALOG_RESTORED").selectFirst("tr.audit-entry").text())
                .contains("keeper", "Catalog restored from a backup", "The catalog", "1 created, 0 updated, ", " unchanged, 2 revisions added");
    }

    @Test
    void thePreviewNamesWhatTheBackupDoesNotHoldWhichTheRestoreLeavesAsItIs() {
        String backup = BackupRequests.backup(mvc);
        signInAgain();
        long added = editing.createAndPublish(content("Staff Data Analyst", "Analyses staff data."), null, CHECKED, "keeper");

        Document preview = BackupRequests.preview(mvc, backup);

        assertThat(preview.selectFirst(".not-in-backup").text())
                .isEqualTo("One description of this catalog is not in the backup: restoring leaves it as it is.");
        assertThat(preview.select(".not-in-backup-names li").eachText()).containsExactly("8801 Staff Data Analyst");
        assertThat(preview.selectFirst(".nothing-to-restore").text()).isEqualTo("Nothing to restore: the catalog already matches this backup.");
        assertThat(preview.select("form[action=/admin/backup/confirm]")).as("nothing to confirm").isEmpty();
        assertThat(preview.selectFirst(".report").text()).isEqualTo("0 to create, 0 to change, " + (descriptionCount() - 1)
                + " unchanged, 0 revisions to add");
        assertThat(jdbc.queryForObject("select status from class_description where id = ?", String.class, added)).isEqualTo("PUBLISHED");
    }

    @Test
    void aPreviewThatReplacesUnpublishedChangesSaysSoWithItsApostrophe() {
        long id = editing.createAndPublish(content("Records Clerk", "Files records."), null, CHECKED, "keeper");
        String backup = BackupRequests.backup(mvc);
        signInAgain();
        editing.save(id, content("Records Clerk", "Files records, not yet published."), editing.summary(id).version(), "keeper");

        Document preview = BackupRequests.preview(mvc, backup);

        assertThat(preview.selectFirst("main .alert.warning").text()).isEqualTo("One description has changes that are not"
                + " published yet, which restoring replaces with the backup's text.");
    }

    @Test
    void aRestoreAnswersWithARedirectSoThatReloadingOrReopeningItsAddressRestoresNothingTwice() {
        long id = editing.createAndPublish(content("Records Clerk", "Files records."), null, CHECKED, "keeper");
        String backup = BackupRequests.backup(mvc);
        signInAgain();
        editing.saveAndPublish(id, content("Records Clerk", "Files and scans records."), editing.summary(id).version(), null, CHECKED, "keeper");
        String review = BackupRequests.preview(mvc, backup).selectFirst("input[name=review]").val();

        MvcTestResult restored = mvc.post().uri("/admin/backup/confirm").with(csrf()).param("review", review).exchange();

        assertThat(restored).hasStatus3xxRedirection().hasRedirectedUrl("/admin/backup");
        Cookie session = restored.getResponse().getCookie("JOBCLASS-SESSION");
        assertThat(HtmlPages.parse(mvc.get().uri("/admin/backup").cookie(session).exchange()).selectFirst(".report").text())
                .startsWith("0 created, 1 updated, ");
        assertThat(HtmlPages.parse(mvc.get().uri("/admin/backup").cookie(session).exchange()).select(".report"))
                .as("the report is shown once: reloading the page restores and reports nothing again").isEmpty();
        assertThat(mvc.get().uri("/admin/backup/confirm").cookie(session)).hasStatus3xxRedirection().hasRedirectedUrl("/admin/backup");
        assertThat(jdbc.queryForObject("select count(*) from description_revision where description_id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    void anUploadWithoutAFileAsksForOne() {
        Document page = HtmlPages.parse(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])).exchange());

        assertThat(page.selectFirst("main [role=alert]").text()).isEqualTo("Choose a backup file: one downloaded from this page (.json.gz).");
        assertThat(page.selectFirst("input#file").hasAttr("required")).isTrue();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithAMessage() {
        byte[] cutOffGzip = java.util.Arrays.copyOf(BackupRequests.download(mvc), 100);
        for (byte[] content : new byte[][] {"not json at all".getBytes(StandardCharsets.UTF_8),
                "{\"format\":\"something-else\",\"version\":2,\"descriptions\":[]}".getBytes(StandardCharsets.UTF_8),
                new byte[0], new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}}) {
            assertThat(refusalOf(content)).isEqualTo("This file is not a jobclass catalog backup. Choose a file downloaded from this page.");
        }
        assertThat(refusalOf(cutOffGzip)).isEqualTo(
                "This file is not a complete backup: its JSON is broken or cut off. Choose the file as it was downloaded.");
    }

    @Test
    void aBackupOfTheFormerFormatIsRefusedSayingWhy() {
        String formerFormat = """
                {"format":"jobclass-catalog","version":1,"descriptions":[{"status":"PUBLISHED","workingCopy":{"code":"8801",
                 "officialTitle":"Clerk","workingTitle":"Restored Clerk","grade":"9","months":12,"summary":"Files records."},
                 "published":null}]}""";

        assertThat(refusalOf(formerFormat.getBytes(StandardCharsets.UTF_8))).isEqualTo("This backup was made by an earlier version"
                + " of jobclass (format version 1): it holds no history and no ids that would find a renamed description, so"
                + " restoring it would lose publications and duplicate descriptions. It is not restored. Download a new backup"
                + " from this page; to recover a whole database, use pg_dump and pg_restore (see the README).");
        assertThat(jdbc.queryForObject("select count(*) from job_class where code = ?", Integer.class, CODE)).isZero();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsCannotBackUpOrRestore() {
        assertThat(mvc.get().uri("/admin/backup/catalog.json.gz")).hasStatus(403);
        assertThat(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "b.json", "application/json", new byte[] {'{', '}'}))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/backup/confirm").with(csrf()).param("review", "1")).hasStatus(403);
    }

    private String refusalOf(byte[] file) {
        Document page = HtmlPages.parse(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "backup.json.gz", "application/gzip", file)).exchange());
        assertThat(page.select("form[action=/admin/backup/confirm]")).isEmpty();
        return page.selectFirst("main [role=alert]").text();
    }

    /** A request clears the test's security context: the keeper signs in again to call the services. */
    private static void signInAgain() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("keeper", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
    }

    /** The place in the backup of the description with this database id, counted from 1. */
    private int position(String backup, long id) {
        int position = 0;
        for (JsonNode description : json.readTree(backup).get("descriptions")) {
            position++;
            if (description.get("databaseId").asLong() == id) {
                return position;
            }
        }
        throw new AssertionError("not in the backup: " + id);
    }
}
