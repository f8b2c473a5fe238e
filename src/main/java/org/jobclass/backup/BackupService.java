package org.jobclass.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import jakarta.persistence.EntityManager;
import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.catalog.CatalogVersion;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.editing.ContentChanges;
import org.jobclass.editing.WorkingCopySnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;

/**
 * Backs the catalog up as one file and restores it, after a preview of what it would change.
 * <p>
 * The backup is one consistent snapshot of the catalog, written a batch of descriptions at a time as it is read. A
 * restore finds each description by its public id and checks every description of the file as the editing form would
 * before anything changes; it is then applied as a whole or not at all, only over the catalog as it was previewed, and
 * recorded in the audit log. Nothing is deleted but the history a backup's replaces (see {@link RestorePlan}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BackupService {

    /** The note of a revision a restore publishes itself, in the history as any note. */
    static final String NOTE = "Restored from a backup";
    /** Descriptions read, checked and written together. */
    static final int BATCH = 100;
    /** Batches written between two counts of the tables for the planner. */
    static final int BATCHES_BETWEEN_ANALYZE = 20;
    /** The problems a refused backup lists; the rest are counted. */
    static final int PROBLEMS_SHOWN = 100;
    /** How many of the descriptions a backup does not hold a preview names. */
    static final int NOT_IN_BACKUP_NAMED = 20;

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final CatalogRecords records;
    private final RestoreWriter writer;
    private final RestoreReviews reviews;
    private final BackupRules rules;
    private final AuditLog audit;
    private final CatalogVersion catalogVersion;
    private final WorkingCopySnapshots snapshots;
    private final MessageSourceAccessor messages;
    private final Clock clock;
    private final EntityManager entityManager;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate restoring;

    BackupService(CatalogRecords records, RestoreWriter writer, RestoreReviews reviews, BackupRules rules, AuditLog audit,
                  CatalogVersion catalogVersion, WorkingCopySnapshots snapshots, MessageSourceAccessor messages, Clock clock,
                  EntityManager entityManager, PlatformTransactionManager transactions) {
        this.records = records;
        this.writer = writer;
        this.reviews = reviews;
        this.rules = rules;
        this.audit = audit;
        this.catalogVersion = catalogVersion;
        this.snapshots = snapshots;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.restoring = new TransactionTemplate(transactions);
    }

    /** What restoring does to a description. */
    public enum Change { CREATE, UPDATE, UNCHANGED }

    /**
     * One description of a preview: what restoring it does, in words.
     *
     * @param currentName the description's name in this catalog when it differs from the backup's; null otherwise
     */
    public record EntryPreview(int position, String name, String currentName, Change change, List<String> parts,
                               int revisionsAdded, boolean replacesUnpublished, String savedBy, Instant savedAt) {
    }

    /**
     * What restoring a backup would do, or why it cannot be restored.
     *
     * @param id        the preview to confirm, kept on the server; 0 when refused
     * @param problems  why it is refused (the first {@value #PROBLEMS_SHOWN}); empty when it can be restored
     * @param moreProblems how many problems there are beyond those listed
     * @param entries   the descriptions it creates or changes; those unchanged are only counted
     * @param notInBackup how many descriptions of this catalog the backup does not hold (a restore leaves them)
     * @param notInBackupNames the first of those, by code and title
     */
    public record RestorePreview(long id, Instant exportedAt, List<String> problems, int moreProblems,
                                 List<EntryPreview> entries, int unchanged, int seriesChanged, long notInBackup,
                                 List<String> notInBackupNames) {

        public boolean refused() {
            return !problems.isEmpty();
        }

        /** Whether restoring would change nothing at all: the catalog already is as the backup has it. */
        public boolean changesNothing() {
            return entries.isEmpty() && seriesChanged == 0;
        }

        public long count(Change change) {
            return change == Change.UNCHANGED ? unchanged
                    : entries.stream().filter(entry -> entry.change() == change).count();
        }

        public int revisionsAdded() {
            return entries.stream().mapToInt(EntryPreview::revisionsAdded).sum();
        }

        public long replacingUnpublished() {
            return entries.stream().filter(EntryPreview::replacesUnpublished).count();
        }
    }

    /** What a restore did (kept in the session for the page shown after it). */
    public record Report(int created, int updated, int unchanged, int revisionsAdded) implements Serializable {
    }

    /**
     * Writes the whole catalog to {@code out} as a gzipped backup: one snapshot of it (a repeatable-read transaction),
     * however long the writing takes and whatever is edited meanwhile.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(OutputStream out) {
        try (JsonGenerator json = BackupJson.MAPPER.createGenerator(new GZIPOutputStream(out, 65_536))) {
            json.writeStartObject();
            json.writeStringProperty("format", CatalogBackup.FORMAT);
            json.writeNumberProperty("version", CatalogBackup.VERSION);
            json.writeName("series");
            json.writePOJO(records.series());
            json.writeName("exportedAt");
            json.writePOJO(clock.instant());
            json.writeName("descriptions");
            json.writeStartArray();
            long after = 0;
            for (List<CatalogRecords.Stored> batch = records.after(after, BATCH); !batch.isEmpty();
                 batch = records.after(after, BATCH)) {
                for (CatalogRecords.Stored stored : batch) {
                    json.writePOJO(stored.description());
                    after = stored.id();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a backup through and shows what restoring it would change, description by description, or why it cannot be
     * restored: nothing changes. A backup that can be restored is kept on the server, with the state of the catalog it
     * was compared with, for the admin to confirm.
     *
     * @throws UnreadableBackupException when the file is not a backup this version restores, or not a well-formed one
     */
    public RestorePreview preview(byte[] file, String actor) {
        Analysis analysis = snapshot.execute(status -> analyse(file, null).findWhatTheBackupDoesNotHold());
        if (analysis.problems.isEmpty()) {
            long id = reviews.save(actor, clock.instant(), file, analysis.state, analysis.index.maxDatabaseId(),
                    analysis.index.maxRevisionId());
            return analysis.preview(id);
        }
        return analysis.preview(0);
    }

    /**
     * Restores a previewed backup: all of it in one transaction, or nothing.
     *
     * @throws RestoreReviewNotFoundException when this admin has no such preview (or no longer: each is restored once)
     * @throws ChangedSincePreviewException   when the catalog changed since the preview; nothing is restored
     * @throws RestoreRefusedException        when the database refused part of it; nothing is restored
     */
    public Report restore(long reviewId, String actor) {
        try {
            return restoring.execute(status -> {
                RestoreReviews.Stored review = reviews.take(reviewId, actor).orElseThrow(RestoreReviewNotFoundException::new);
                writer.lockCatalog();
                if (!records.state().equals(review.catalogState())) {
                    throw new ChangedSincePreviewException();
                }
                writer.raiseSequences(review.maxDescriptionId(), review.maxRevisionId());
                Analysis analysis = analyse(review.file(), new Restore(actor, clock.instant()));
                if (!analysis.problems.isEmpty()) {
                    throw new ChangedSincePreviewException();
                }
                writer.writeSeries(analysis.series, analysis.index.codes());
                catalogVersion.changed();
                Report report = analysis.report();
                audit.record(actor, AuditAction.CATALOG_RESTORED, AuditSubject.CATALOG, null, null,
                        "backup of " + analysis.exportedAt + ": " + report.created() + " created, " + report.updated()
                                + " updated, " + report.unchanged() + " unchanged, " + report.revisionsAdded() + " revisions added",
                        List.of());
                return report;
            });
        } catch (DataAccessException refused) {
            // Such as another change reaching the same rows at the same moment (a deadlock, a key taken meanwhile).
            log.warn("The restore of backup preview {} by {} was refused by the database and rolled back", reviewId, actor, refused);
            throw new RestoreRefusedException(refused);
        } catch (UnreadableBackupException unreadable) {
            // Read when previewed: this version of the application no longer reads it as it did.
            throw new ChangedSincePreviewException();
        }
    }

    /** Who restores, and when: an analysis that writes each batch once it is checked. */
    private record Restore(String actor, Instant at) {
    }

    /** Reads the file through, checking each batch of descriptions; with a restore, writes each batch once checked. */
    private Analysis analyse(byte[] file, Restore restore) {
        try (BackupFile backup = BackupFile.open(file)) {
            records.planEachQuery();
            // A restore compared the catalog's state with the preview's before reading the file.
            Analysis analysis = new Analysis(backup.exportedAt(), restore == null ? records.state() : null);
            int batches = 0;
            for (List<BackupFile.Entry> batch = backup.next(BATCH); !batch.isEmpty(); batch = backup.next(BATCH)) {
                List<RestoreWriter.Item> items = analysis.check(batch);
                if (restore != null && analysis.problems.isEmpty()) {
                    write(items, restore);
                    if (++batches % BATCHES_BETWEEN_ANALYZE == 0) {
                        writer.analyze();
                    }
                }
            }
            if (restore != null && analysis.problems.isEmpty()) {
                writer.analyze();
            }
            analysis.finish(backup.series());
            return analysis;
        }
    }

    private void write(List<RestoreWriter.Item> items, Restore restore) {
        Map<String, String> titles = new LinkedHashMap<>();
        items.forEach(item -> titles.put(item.plan().workingCopy().code(), item.plan().workingCopy().officialTitle()));
        Map<String, Long> classIds = writer.officialClasses(titles);
        Map<UUID, Long> ids = writer.write(items, classIds, restore.actor(), restore.at());
        writer.completeDeferredWork();
        for (RestoreWriter.Item item : items) {
            RestorePlan plan = item.plan();
            long id = ids.get(item.backup().id());
            String label = plan.workingCopy().code() + " " + plan.workingCopy().workingTitle();
            if (plan.change() == Change.CREATE) {
                audit.record(restore.actor(), AuditAction.DESCRIPTION_FROM_BACKUP, AuditSubject.DESCRIPTION, id, label,
                        "created with " + plan.revisionsAdded() + " revisions", List.of());
            } else if (plan.change() == Change.UPDATE) {
                audit.record(restore.actor(), AuditAction.DESCRIPTION_FROM_BACKUP, AuditSubject.DESCRIPTION, id, label,
                        "updated, " + plan.revisionsAdded() + " revisions added",
                        ContentChanges.between(item.stored().description().workingCopy(), plan.workingCopy()));
                if (plan.workingCopyChanged()) {
                    snapshots.keep(id, item.stored().version() + 1, plan.workingCopy());
                }
            }
        }
        // The audit entries are written; a batch's entities need not stay in memory until the end.
        entityManager.flush();
        entityManager.clear();
    }

    /** What reading a backup through found: its descriptions checked against each other and this catalog. */
    private final class Analysis {

        private final Instant exportedAt;
        private final String state;
        private final FileIndex index = new FileIndex();
        private final List<String> problems = new ArrayList<>();
        private int moreProblems;
        private final List<EntryPreview> entries = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;
        private int revisionsAdded;
        private List<CatalogBackup.Series> series = List.of();
        private int seriesChanged;
        private CatalogRecords.NotInBackup notInBackup = new CatalogRecords.NotInBackup(0, List.of());

        Analysis(Instant exportedAt, String state) {
            this.exportedAt = exportedAt;
            this.state = state;
        }

        /** Checks a batch; returns what restoring its descriptions does (meaningful while there are no problems). */
        List<RestoreWriter.Item> check(List<BackupFile.Entry> batch) {
            Map<UUID, BackupFile.Entry> valid = new LinkedHashMap<>();
            for (BackupFile.Entry entry : batch) {
                List<String> found = rules.problems(entry.position(), entry.description());
                if (found.isEmpty()) {
                    String where = rules.where(entry.position(), entry.description());
                    found = index.add(entry).stream().map(finding -> messages.getMessage("backup.problem",
                            new Object[] {where, finding.message(messages)})).toList();
                }
                if (found.isEmpty()) {
                    valid.put(entry.description().id(), entry);
                }
                found.forEach(this::problem);
            }
            Map<UUID, CatalogRecords.Stored> stored = records.byPublicIds(valid.keySet());
            List<RestoreWriter.Item> items = new ArrayList<>();
            for (BackupFile.Entry entry : valid.values()) {
                CatalogBackup.Description description = entry.description();
                CatalogRecords.Stored here = stored.get(description.id());
                RestorePlan plan = RestorePlan.of(description, here);
                items.add(new RestoreWriter.Item(entry.position(), description, here, plan));
                count(entry.position(), description, here, plan);
            }
            records.conflicts(items).forEach(conflict -> problem(messages.getMessage("backup.problem", new Object[] {
                    rules.where(conflict.item().position(), conflict.item().backup()), conflict.finding().message(messages)})));
            return items;
        }

        private void count(int position, CatalogBackup.Description description, CatalogRecords.Stored here, RestorePlan plan) {
            revisionsAdded += plan.revisionsAdded();
            switch (plan.change()) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (plan.change() != Change.UNCHANGED) {
                String currentName = here == null || here.description().name().equals(description.name()) ? null
                        : here.description().name();
                entries.add(new EntryPreview(position, description.name(), currentName, plan.change(),
                        plan.parts().stream().map(this::words).toList(), plan.revisionsAdded(), plan.replacesUnpublished(),
                        here == null ? null : here.description().updatedBy(),
                        here == null ? null : here.description().updatedAt()));
            }
        }

        private String words(RestorePlan.Part part) {
            return part.section() ? DescriptionSection.nameOf(messages.getMessage(part.key()))
                    : messages.getMessage(part.key(), part.arguments());
        }

        /** The checks that need the whole file: official titles against this catalog's, and the series. */
        void finish(List<CatalogBackup.Series> backupSeries) {
            records.officialTitleConflicts(index).forEach(conflict -> problem(conflict.message(messages)));
            index.seriesProblems(backupSeries, records.existingCodes(index.seriesCodes(backupSeries)))
                    .forEach(conflict -> problem(conflict.message(messages)));
            series = backupSeries;
            seriesChanged = records.seriesChanges(backupSeries, index.codes());
        }

        /** For a preview of a backup that can be restored: the descriptions of this catalog it leaves as they are. */
        Analysis findWhatTheBackupDoesNotHold() {
            if (problems.isEmpty()) {
                notInBackup = records.notAmong(index.ids(), NOT_IN_BACKUP_NAMED);
            }
            return this;
        }

        private void problem(String problem) {
            if (problems.size() < PROBLEMS_SHOWN) {
                problems.add(problem);
            } else {
                moreProblems++;
            }
        }

        RestorePreview preview(long id) {
            return new RestorePreview(id, exportedAt, List.copyOf(problems), moreProblems,
                    problems.isEmpty() ? List.copyOf(entries) : List.of(), unchanged, seriesChanged, notInBackup.count(),
                    notInBackup.names());
        }

        Report report() {
            return new Report(created, updated, unchanged, revisionsAdded);
        }
    }
}
