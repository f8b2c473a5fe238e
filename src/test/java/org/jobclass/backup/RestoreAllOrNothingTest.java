package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.editing.EditingService;
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

/**
 * A backup is checked whole before anything changes: every description as the editing form checks it, the file as a
 * backup; one problem anywhere refuses it all, naming the description and the field. It is previewed before it is
 * restored, then restored in one transaction, all or nothing, only over the catalog as it was previewed. Every request
 * commits.
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
        jdbc.execute("drop trigger if exists tg_refuse_one_title on class_description");
        fixtures.deleteEverythingUnder(CODE);
    }

    private static DescriptionContent content(String workingTitle, String summary) {
        return CatalogFixtures.content(CODE, workingTitle, summary);
    }

    /** A revision id no revision has: the backups made here bring new ones. */
    private long freeRevisionId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from description_revision", Long.class);
    }

    private int descriptionsUnderTheCode() {
        return jdbc.queryForObject("select count(*) from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ?", Integer.class, CODE);
    }

    private String summaryOf(long id) {
        return jdbc.queryForObject("select summary from class_description where id = ?", String.class, id);
    }

    private static void signInAgain() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("chief", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
    }

    @Test
    void aDescriptionBreakingTheFormsRulesRefusesTheWholeBackupNamingTheDescriptionAndTheField() {
        long id = freeRevisionId();
        DescriptionContent busy = content("Busy Clerk", "Files records.");
        List<String> duties = new ArrayList<>(Collections.nCopies(300, "Files a record."));
        DescriptionContent tooBusy = new DescriptionContent(busy.officialTitle(), CODE, busy.sqOq(), "Busy Clerk", busy.grade(),
                busy.months(), busy.summary(), busy.qualifications(), false, duties, YearMonth.now().plusYears(2), List.of(), null);
        String backup = BackupDocuments.backupOf(
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, id, content("New Clerk", "Files records."))),
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, id + 1, content("Busy Clerk", " ")),
                        BackupDocuments.revision(2, id + 2, tooBusy)));

        Document page = BackupRequests.preview(mvc, backup);

        assertThat(page.selectFirst("h1").text()).isEqualTo("This backup cannot be restored");
        assertThat(page.select(".problems li").eachText()).containsExactlyInAnyOrder(
                "Description 2 in the file (0074 Busy Clerk), working copy, EXAMPLES OF DUTIES AND RESPONSIBILITIES: At most 60 duties.",
                "Description 2 in the file (0074 Busy Clerk), working copy, dates: This date is in the future.",
                "Description 2 in the file (0074 Busy Clerk), revision 1, SUMMARY DESCRIPTION OF CLASSIFICATION: Please fill this in.",
                "Description 2 in the file (0074 Busy Clerk), revision 2, EXAMPLES OF DUTIES AND RESPONSIBILITIES: At most 60 duties.",
                "Description 2 in the file (0074 Busy Clerk), revision 2, dates: This date is in the future.");
        assertThat(page.select("form[action=/admin/backup/confirm]")).isEmpty();
        assertThat(descriptionsUnderTheCode()).isZero();
    }

    @Test
    void descriptionsThatShareAnIdATitleOrAVerificationCodeAreRefused() {
        long id = freeRevisionId();
        UUID shared = UUID.randomUUID();
        String backup = BackupDocuments.backupOf(
                BackupDocuments.published(shared, BackupDocuments.revision(1, id, content("New Clerk", "Files records."))),
                BackupDocuments.published(shared, BackupDocuments.revision(1, id + 1, content("Other Clerk", "Files records."))),
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, id + 2, content("new clerk", "Files."))),
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, id, content("Third Clerk", "Files."))));

        Document page = BackupRequests.preview(mvc, backup);

        assertThat(page.select(".problems li").eachText()).containsExactly(
                "Description 2 in the file (0074 Other Clerk): It has the same id as description 1 in the file.",
                "Description 3 in the file (0074 new clerk): It has the same working title under its code as description 1 in the file.",
                "Description 3 in the file (0074 new clerk): It holds the address /classes/0074/new-clerk, as description 1 in the file does.",
                "Description 4 in the file (0074 Third Clerk): Revision 1 has the verification code "
                        + org.jobclass.catalog.VerificationCode.of(id) + ", as a revision of description 1 in the file.");
        assertThat(descriptionsUnderTheCode()).isZero();
    }

    @Test
    void aBackupThatWouldTakeWhatOtherDescriptionsHereHoldIsRefused() {
        long kept = fixtures.publish(content("Kept Clerk", "Files records."));
        long keptRevision = jdbc.queryForObject("select published_revision_id from class_description where id = ?", Long.class, kept);
        long id = freeRevisionId();
        DescriptionContent coordinator = CatalogFixtures.content("0435", "Backup Coordinator", "Coordinates.").withOfficialTitle("Coordinators");
        String backup = BackupDocuments.backupOf(
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, id, content("Kept Clerk", "Files."))),
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, keptRevision, content("Other Clerk", "Files."))),
                BackupDocuments.published(UUID.randomUUID(), BackupDocuments.revision(1, id + 1, coordinator)));

        Document page = BackupRequests.preview(mvc, backup);

        assertThat(page.select(".problems li").eachText()).containsExactly(
                "Description 1 in the file (0074 Kept Clerk): Another description of this catalog under its code has this working title.",
                "Description 1 in the file (0074 Kept Clerk): Another description of this catalog holds the address"
                        + " /classes/0074/kept-clerk or was published at it.",
                "Description 2 in the file (0074 Other Clerk): Revision 1 has the verification code "
                        + org.jobclass.catalog.VerificationCode.of(keptRevision) + ", which this catalog gives to revision 1 of"
                        + " 0074 Kept Clerk: printouts of one would be read as the other. Restore this backup into the catalog it"
                        + " was taken from, or into a new one.",
                "Code 0435 is \u201cCoordinator\u201d in this catalog and \u201cCoordinators\u201d in the backup, and this catalog"
                        + " has descriptions under it that the backup does not hold. Change the official title here first, on the"
                        + " official class page.");
        assertThat(descriptionsUnderTheCode()).isOne();
    }

    @Test
    void numbersBeyondAnyCatalogsAreRefused() {
        CatalogBackup.Description huge = BackupDocuments.published(UUID.randomUUID(),
                BackupDocuments.revision(1, 2_000_000_000_000L, content("New Clerk", "Files records.")));
        String backup = BackupDocuments.backupOf(new CatalogBackup.Description(huge.id(), Long.MAX_VALUE, huge.status(),
                huge.slug(), huge.workingCopy(), null, null, huge.createdAt(), huge.createdBy(), huge.updatedAt(),
                huge.updatedBy(), huge.revisions(), huge.statusChanges()));

        assertThat(BackupRequests.preview(mvc, backup).select(".problems li").eachText()).containsExactly(
                "Description 1 in the file (0074 New Clerk), database number: This is not a database number (a whole number"
                        + " from 1 to 1,000,000,000,000).",
                "Description 1 in the file (0074 New Clerk), revision 1, verification code: This is not a verification code.");
    }

    @Test
    void brokenFilesAndValuesOfTheWrongKindAreRefusedWithAMessage() {
        String valid = BackupDocuments.backupOf(BackupDocuments.published(UUID.randomUUID(),
                BackupDocuments.revision(1, freeRevisionId(), content("New Clerk", "Files records."))));

        assertThat(refusalOf(valid.replace("\"months\" : 10", "\"months\" : \"ten\""))).isEqualTo("Description 1 in the file:"
                + " the value of \u201cworkingCopy.months\u201d is not of the right kind (a number, a text, a date or one of the"
                + " known values). Nothing was changed.");
        assertThat(refusalOf(valid.replace("\"status\" : \"PUBLISHED\"", "\"status\" : \"ARCHIVED\""))).startsWith(
                "Description 1 in the file: the value of \u201cstatus\u201d is not of the right kind");
        assertThat(refusalOf(valid.replace("\"status\" : \"PUBLISHED\"", "\"status\" : \"PUBLISHED\", \"status\" : \"DRAFT\"")))
                .isEqualTo("This file is not a complete backup: its JSON is broken or cut off at description 1. Choose the file"
                        + " as it was downloaded.");
        assertThat(refusalOf(valid.substring(0, valid.indexOf("\"summary\""))))
                .isEqualTo("This file is not a complete backup: its JSON is broken or cut off at description 1. Choose the file"
                        + " as it was downloaded.");
        assertThat(refusalOf(valid.replace("\"months\" : 10", "\"months\" : 1000000000000000000000000000000"))).isEqualTo(
                "Description 1 in the file: the value of \u201cworkingCopy.months\u201d is not of the right kind (a number, a text,"
                        + " a date or one of the known values). Nothing was changed.");
        assertThat(refusalOf(valid.stripTrailing() + " {\"more\": 1}")).isEqualTo("This file goes on after the end of the backup:"
                + " it was changed after it was downloaded. Choose the file as it was downloaded.");
        assertThat(refusalOf(valid.stripTrailing() + " trailing words")).isEqualTo("This file goes on after the end of the backup:"
                + " it was changed after it was downloaded. Choose the file as it was downloaded.");
        assertThat(refusalOf(valid.replace("\"revisions\" : [", "\"unknown\" : [[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]], \"revisions\" : [")))
                .isEqualTo("This file holds a text, number or nesting larger than any backup could have. Nothing was changed.");
        assertThat(descriptionsUnderTheCode()).isZero();
    }

    @Test
    void thePreviewShowsWhatWouldBeReplacedAndChangesNothing() {
        long id = fixtures.publish(content("Kept Clerk", "Files records."));
        String backup = BackupRequests.backup(mvc);
        signInAgain();
        editing.save(id, content("Kept Clerk", "An unpublished rewrite."), editing.summary(id).version(), "colleague");

        Document preview = BackupRequests.preview(mvc, backup);

        assertThat(preview.selectFirst(".report").text()).matches("0 to create, 1 to change, \\d+ unchanged, 0 revisions to add");
        assertThat(preview.selectFirst("tr.restore-entry td:nth-child(2)").text())
                .startsWith("Changes: SUMMARY DESCRIPTION OF CLASSIFICATION Replaces unpublished changes saved by colleague on ");
        assertThat(preview.selectFirst("main .alert.warning").text()).startsWith("One description has changes that are not published yet");
        assertThat(summaryOf(id)).isEqualTo("An unpublished rewrite.");

        Document report = BackupRequests.confirm(mvc, preview);

        assertThat(report.selectFirst(".report").text()).matches("0 created, 1 updated, \\d+ unchanged, 0 revisions added");
        assertThat(summaryOf(id)).isEqualTo("Files records.");
    }

    @Test
    void aCatalogChangedAfterThePreviewIsNotRestored() {
        long id = fixtures.publish(content("Kept Clerk", "Files records."));
        String backup = BackupRequests.backup(mvc).replace("\"summary\" : \"Files records.\"",
                "\"summary\" : \"Files records from the backup.\"");
        Document preview = BackupRequests.preview(mvc, backup);
        jdbc.update("update class_description set summary = 'Saved after the preview.', version = version + 1 where id = ?", id);

        Document page = BackupRequests.confirm(mvc, preview);

        assertThat(page.selectFirst("main [role=alert]").text()).isEqualTo("The catalog was changed since this preview, so nothing"
                + " was restored. Upload the backup again to see what it would change now.");
        assertThat(summaryOf(id)).isEqualTo("Saved after the preview.");
    }

    @Test
    void aPreviewIsRestoredOnceAndOnlyByItsAdmin() {
        Document preview = BackupRequests.preview(mvc, BackupDocuments.backupOf(BackupDocuments.published(UUID.randomUUID(),
                BackupDocuments.revision(1, freeRevisionId(), content("New Clerk", "Files records.")))));
        String review = preview.selectFirst("input[name=review]").val();

        Document byAnother = BackupRequests.confirm(mvc, review, user("another-admin").roles("ADMIN"));
        assertThat(byAnother.selectFirst("main [role=alert]").text()).startsWith("This preview is no longer kept");
        assertThat(descriptionsUnderTheCode()).isZero();

        assertThat(BackupRequests.confirm(mvc, preview).selectFirst(".report").text()).matches("1 created, 0 updated, \\d+ unchanged, 1 revision added");
        assertThat(BackupRequests.confirm(mvc, preview).selectFirst("main [role=alert]").text())
                .startsWith("This preview is no longer kept");
    }

    @Test
    void aRestoreTheDatabaseRefusesPartWayLeavesTheCatalogAsItWasAndCanBeConfirmedAgain() {
        long id = freeRevisionId();
        List<CatalogBackup.Description> descriptions = new ArrayList<>();
        for (int i = 1; i <= BackupService.BATCH + 50; i++) {
            String title = i == BackupService.BATCH + 50 ? "Refused By The Database" : "Clerk " + i;
            descriptions.add(BackupDocuments.published(UUID.randomUUID(),
                    BackupDocuments.revision(1, id + i, content(title, "Files records."))));
        }
        Document preview = BackupRequests.preview(mvc, BackupDocuments.backupOf(descriptions.toArray(CatalogBackup.Description[]::new)));
        jdbc.execute("""
                create or replace function refuse_one_title() returns trigger language plpgsql as $$
                begin raise exception 'refused by the test'; end; $$""");
        jdbc.execute("""
                create trigger tg_refuse_one_title before insert on class_description
                for each row when (new.working_title = 'Refused By The Database') execute function refuse_one_title()""");

        Document refused = BackupRequests.confirm(mvc, preview);

        assertThat(refused.selectFirst("main [role=alert]").text()).startsWith("The database refused part of the restore, so nothing"
                + " was restored: the catalog is as it was.");
        assertThat(descriptionsUnderTheCode()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from description_revision where id between ? and ?", Integer.class,
                id, id + BackupService.BATCH + 50)).isZero();

        jdbc.execute("drop trigger tg_refuse_one_title on class_description");
        Document report = BackupRequests.confirm(mvc, preview);

        assertThat(report.selectFirst(".report").text()).matches("150 created, 0 updated, \\d+ unchanged, 150 revisions added");
        assertThat(descriptionsUnderTheCode()).isEqualTo(150);
    }

    @Test
    void aDescriptionLargerThanAnyCouldBeIsRefusedWithoutReadingItWhole() throws Exception {
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzipped)) {
            out.write("{\"format\":\"jobclass-catalog\",\"version\":2,\"descriptions\":[{\"workingCopy\":{\"duties\":[\""
                    .getBytes(StandardCharsets.UTF_8));
            byte[] words = "Files records. ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < (int) (BackupFile.MAX_DESCRIPTION / words.length) + 10; i++) {
                out.write(words);
                if (i % 6 == 5) {
                    out.write("\",\"".getBytes(StandardCharsets.UTF_8));
                }
            }
            out.write("\"]}}]}".getBytes(StandardCharsets.UTF_8));
        }

        Document page = HtmlPages.parse(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "backup.json.gz", "application/gzip", gzipped.toByteArray())).exchange());

        assertThat(page.selectFirst("main [role=alert]").text()).isEqualTo("Description 1 in the file is larger than any description"
                + " could be (64 MB with its history). Nothing was changed.");
    }

    private String refusalOf(String file) {
        Document page = HtmlPages.parse(mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "backup.json", "application/json", file.getBytes(StandardCharsets.UTF_8)))
                .exchange());
        assertThat(page.select("form[action=/admin/backup/confirm]")).isEmpty();
        return page.selectFirst("main [role=alert]").text();
    }
}
