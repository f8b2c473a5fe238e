package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.StatusChange;
import org.junit.jupiter.api.Test;

/** What restoring a description of a backup does, given this catalog's description with the same id. */
class RestorePlanTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant RETIRED_AT = Instant.parse("2025-03-01T10:00:00Z");

    private static DescriptionContent text(String summary) {
        return CatalogFixtures.content("0435", "Records Clerk", summary);
    }

    private static CatalogBackup.Revision revision(int number, String summary) {
        return BackupDocuments.revision(number, 100 + number, text(summary));
    }

    private static CatalogBackup.Description description(DescriptionStatus status, List<CatalogBackup.StatusEvent> events,
                                                         CatalogBackup.Revision... revisions) {
        CatalogBackup.Description published = BackupDocuments.published(ID, revisions);
        return new CatalogBackup.Description(ID, 7L, status, published.slug(), published.workingCopy(), null, null,
                published.createdAt(), published.createdBy(), published.updatedAt(), published.updatedBy(),
                published.revisions(), events);
    }

    private static CatalogBackup.Description published(CatalogBackup.Revision... revisions) {
        return description(DescriptionStatus.PUBLISHED, List.of(), revisions);
    }

    private static CatalogRecords.Stored here(CatalogBackup.Description description) {
        return new CatalogRecords.Stored(7, 3, false, 107L, description);
    }

    @Test
    void aDescriptionThisCatalogLacksIsCreatedWithItsWholeHistory() {
        CatalogBackup.Description backup = published(revision(1, "Files."), revision(2, "Files and scans."));

        RestorePlan plan = RestorePlan.of(backup, null);

        assertThat(plan.change()).isEqualTo(BackupService.Change.CREATE);
        assertThat(plan.insert()).extracting(CatalogBackup.Revision::number).containsExactly(1, 2);
        assertThat(plan.finalRevision()).isEqualTo(2);
        assertThat(plan.revisionsAdded()).isEqualTo(2);
    }

    @Test
    void theSameDescriptionWithTheSameHistoryIsLeftAsItIs() {
        CatalogBackup.Description backup = published(revision(1, "Files."), revision(2, "Files and scans."));

        RestorePlan plan = RestorePlan.of(backup, here(published(revision(1, "Files."), revision(2, "Files and scans."))));

        assertThat(plan.change()).isEqualTo(BackupService.Change.UNCHANGED);
        assertThat(plan.parts()).isEmpty();
        assertThat(plan.revisionsAdded()).isZero();
    }

    @Test
    void theRevisionsThisCatalogLacksAreAddedAfterItsOwn() {
        CatalogBackup.Description backup = published(revision(1, "Files."), revision(2, "Files and scans."), revision(3, "Scans."));

        RestorePlan plan = RestorePlan.of(backup, here(published(revision(1, "Files."))));

        assertThat(plan.change()).isEqualTo(BackupService.Change.UPDATE);
        assertThat(plan.deleteFrom()).isZero();
        assertThat(plan.insert()).extracting(CatalogBackup.Revision::number).containsExactly(2, 3);
        assertThat(plan.parts()).extracting(RestorePlan.Part::key)
                .containsExactly("description.summary", "backup.part.revisionsAdded");
        assertThat(plan.finalRevision()).isEqualTo(3);
    }

    @Test
    void aHistoryThatWentFurtherHereIsKeptAndTheBackupsTextPublishedAgainAsTheNextRevision() {
        CatalogBackup.Description backup = published(revision(1, "Files."));

        RestorePlan plan = RestorePlan.of(backup, here(published(revision(1, "Files."), revision(2, "Files and scans."))));

        assertThat(plan.insert()).isEmpty();
        assertThat(plan.republish()).isEqualTo(backup.revisions().get(0));
        assertThat(plan.finalRevision()).isEqualTo(3);
        assertThat(plan.parts()).extracting(RestorePlan.Part::key).containsExactly("description.summary", "backup.part.republished");

        RestorePlan again = RestorePlan.of(backup, here(published(revision(1, "Files."), revision(2, "Files and scans."),
                revision(3, "Files."))));

        assertThat(again.change()).as("once published again, nothing more").isEqualTo(BackupService.Change.UNCHANGED);
    }

    @Test
    void whereTheHistoriesDifferAtARevisionTheBackupsReplacesThisCatalogsFromThere() {
        CatalogBackup.Revision other = new CatalogBackup.Revision(2, revision(2, "Other.").verificationCode(), "records-clerk",
                Instant.parse("2025-01-01T00:00:00Z"), "mallory", null, text("Other."));
        CatalogBackup.Description backup = published(revision(1, "Files."), revision(2, "Files and scans."), revision(3, "Scans."));

        RestorePlan plan = RestorePlan.of(backup, here(published(revision(1, "Files."), other)));

        assertThat(plan.deleteFrom()).isEqualTo(2);
        assertThat(plan.insert()).extracting(CatalogBackup.Revision::number).containsExactly(2, 3);
        assertThat(plan.parts()).extracting(RestorePlan.Part::key).contains("backup.part.historyReplaced");
    }

    @Test
    void aRetirementTheBackupRecordsIsAddedAsItWasAndNoneIsMadeNow() {
        CatalogBackup.Description backup = description(DescriptionStatus.RETIRED,
                List.of(new CatalogBackup.StatusEvent(StatusChange.RETIRED, RETIRED_AT, "carol")), revision(1, "Files."));

        RestorePlan plan = RestorePlan.of(backup, here(published(revision(1, "Files."))));

        assertThat(plan.status()).isEqualTo(DescriptionStatus.RETIRED);
        assertThat(plan.statusEvents()).extracting(CatalogBackup.StatusEvent::by).containsExactly("carol");
        assertThat(plan.changeNow()).isNull();
        assertThat(plan.parts()).extracting(RestorePlan.Part::key).containsExactly("backup.part.retired");
    }

    @Test
    void aRetirementTheBackupDoesNotRecordIsMadeNowByTheRestore() {
        RestorePlan plan = RestorePlan.of(description(DescriptionStatus.RETIRED, List.of(), revision(1, "Files.")),
                here(published(revision(1, "Files."))));

        assertThat(plan.changeNow()).isEqualTo(StatusChange.RETIRED);
    }

    @Test
    void whatWasPublishedHereIsNotMadeADraftAgain() {
        CatalogBackup.Description draft = new CatalogBackup.Description(ID, 7L, DescriptionStatus.DRAFT, "records-clerk",
                text("Files."), null, null, null, null, null, null, List.of(), List.of());

        RestorePlan plan = RestorePlan.of(draft, here(published(revision(1, "Files."))));

        assertThat(plan.status()).isEqualTo(DescriptionStatus.PUBLISHED);
        assertThat(plan.finalRevision()).isEqualTo(1);
    }
}
