package org.jobclass.backup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.editing.ClassDates;
import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.DateRuleException;
import org.jobclass.editing.DescriptionForm;
import org.jobclass.editing.DescriptionSummary;
import org.jobclass.editing.DuplicateWorkingTitleException;
import org.jobclass.editing.EditConflictException;
import org.jobclass.editing.EditingService;
import org.jobclass.editing.OfficialTitleMismatchException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backs the catalog up as one document and restores it, after a preview of what it would change. Restoring is
 * idempotent: a description is found by its code and working title, and only what differs from the backup is
 * changed, through the same services (and audit log) as any edit, over the version previewed. Nothing is deleted.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BackupService {

    private static final String NOTE = "Restored from a backup";

    private final EditingService editing;
    private final ClassDatesService dates;
    private final Clock clock;
    private final Validator validator;
    private final MessageSourceAccessor messages;
    private final TransactionTemplate oneEntry;

    private final RestoreReviews reviews;

    BackupService(EditingService editing, ClassDatesService dates, Clock clock, Validator validator,
                  MessageSourceAccessor messages, PlatformTransactionManager transactions, RestoreReviews reviews) {
        this.reviews = reviews;
        this.editing = editing;
        this.validator = validator;
        this.messages = messages;
        this.oneEntry = new TransactionTemplate(transactions);
        this.dates = dates;
        this.clock = clock;
    }

    public record Report(int created, int updated, int unchanged, List<String> failures) {
    }

    /** What restoring an entry would do. */
    public enum Change { CREATE, UPDATE, UNCHANGED, FAIL }

    /**
     * One entry of a backup as previewed.
     *
     * @param partsChanged         the message keys of the parts it would change (sections, dates, published text, status)
     * @param replacesUnpublished  whether it replaces a working copy whose changes are not published, saved by
     *                             {@code savedBy} at {@code savedAt}
     * @param refusal              why it cannot be restored, for {@link Change#FAIL}
     */
    public record EntryPreview(int position, String name, Change change, List<String> partsChanged,
                               boolean replacesUnpublished, String savedBy, Instant savedAt, String refusal) {
    }

    /** A backup's preview, kept on the server under its id until the admin confirms it. */
    public record RestorePreview(long id, List<EntryPreview> entries) {

        public long count(Change change) {
            return entries.stream().filter(entry -> entry.change() == change).count();
        }

        /** The entries that would change something or cannot be restored: the unchanged ones are only counted. */
        public List<EntryPreview> changes() {
            return entries.stream().filter(entry -> entry.change() != Change.UNCHANGED).toList();
        }
    }

    public CatalogBackup export() {
        List<CatalogBackup.Entry> entries = new ArrayList<>();
        for (long id : editing.descriptionIds()) {
            DescriptionSummary summary = editing.summary(id);
            entries.add(new CatalogBackup.Entry(summary.status(), summary.content(),
                    editing.publishedContent(id).orElse(null)));
        }
        return new CatalogBackup(CatalogBackup.FORMAT, CatalogBackup.VERSION, Instant.now(clock), entries);
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * What restoring this backup would change, entry by entry, checked as the restore will check it; kept on the
     * server with the version of each description it would update, for the admin to confirm. Each description is read
     * in a short transaction of its own: one holding thousands would check them all again before every query.
     */
    public RestorePreview preview(CatalogBackup backup, String actor) {
        List<EntryPreview> entries = new ArrayList<>();
        Map<Integer, RestoreReviews.Seen> seen = new HashMap<>();
        int position = 0;
        for (CatalogBackup.Entry entry : backup.descriptions()) {
            position++;
            Optional<String> refusal = refusalOf(entry);
            if (refusal.isPresent()) {
                entries.add(new EntryPreview(position, nameOf(entry), Change.FAIL, List.of(), false, null, null, refusal.get()));
                continue;
            }
            DescriptionContent working = entry.workingCopy();
            Optional<Long> existing = editing.findByCodeAndWorkingTitle(working.code(), working.workingTitle());
            if (existing.isEmpty()) {
                entries.add(new EntryPreview(position, nameOf(entry), Change.CREATE, List.of(), false, null, null, null));
                continue;
            }
            DescriptionSummary current = editing.summary(existing.get());
            seen.put(position, new RestoreReviews.Seen(current.id(), current.version()));
            List<String> parts = partsChanged(current, entry);
            boolean workingCopyReplaced = parts.stream().anyMatch(part -> !part.startsWith("backup.part."));
            entries.add(new EntryPreview(position, nameOf(entry), parts.isEmpty() ? Change.UNCHANGED : Change.UPDATE, parts,
                    workingCopyReplaced && current.unpublishedChanges(), current.updatedBy(), current.updatedAt(), null));
        }
        return new RestorePreview(reviews.save(actor, clock.instant(), backup, seen), entries);
    }

    /**
     * Restores a previewed backup, each entry in a transaction of its own, checked before its first write: an entry is
     * restored whole or not at all, only over the version previewed, and the report names each one refused and why.
     *
     * @throws RestoreReviewNotFoundException when this admin has no such preview (or no longer: each is restored once)
     */
    public Report restore(long reviewId, String actor) {
        RestoreReviews.Stored stored = reviews.take(reviewId, actor).orElseThrow(RestoreReviewNotFoundException::new);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        int position = 0;
        for (CatalogBackup.Entry entry : stored.backup().descriptions()) {
            position++;
            Optional<String> refusal = refusalOf(entry);
            if (refusal.isPresent()) {
                failures.add(messages.getMessage("backup.entry", new Object[] {position, nameOf(entry)}) + ": " + refusal.get());
                continue;
            }
            RestoreReviews.Seen seen = stored.seen().get(position);
            try {
                Outcome outcome = oneEntry.execute(status -> restore(entry, seen, actor));
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (RuntimeException refused) {
                failures.add(messages.getMessage("backup.entry", new Object[] {position, nameOf(entry)}) + ": "
                        + reasonOf(refused));
            }
        }
        return new Report(created, updated, unchanged, failures);
    }

    /** The parts of a description an entry would change, as message keys, in page order. */
    private List<String> partsChanged(DescriptionSummary current, CatalogBackup.Entry entry) {
        DescriptionContent now = current.content();
        DescriptionContent wanted = entry.workingCopy().normalized();
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(now.officialTitle(), wanted.officialTitle()) || !Objects.equals(now.sqOq(), wanted.sqOq())
                || !Objects.equals(now.grade(), wanted.grade()) || now.months() != wanted.months()) {
            parts.add("history.section.header");
        }
        if (!Objects.equals(now.summary(), wanted.summary())) {
            parts.add("description.summary");
        }
        for (QualificationKind kind : QualificationKind.values()) {
            if (!Objects.equals(now.qualification(kind), wanted.qualification(kind))) {
                parts.add("qualification." + kind.name());
            }
        }
        if (!Objects.equals(now.overtimeEligible(), wanted.overtimeEligible())) {
            parts.add("description.overtimeEligible");
        }
        if (!now.duties().equals(wanted.duties())) {
            parts.add("description.duties");
        }
        if (!datesOf(now).equals(datesOf(wanted))) {
            parts.add("history.section.dates");
        }
        if (entry.published() != null && editing.publishedContent(current.id()).filter(entry.published()::equals).isEmpty()) {
            parts.add("backup.part.published");
        }
        if (entry.status() == DescriptionStatus.RETIRED && current.status() != DescriptionStatus.RETIRED) {
            parts.add("backup.part.retired");
        } else if (entry.status() != DescriptionStatus.RETIRED && current.status() == DescriptionStatus.RETIRED) {
            parts.add("backup.part.restored");
        }
        return parts;
    }

    /** One entry, over what was previewed only: the description it updates still at that version, or still absent. */
    private Outcome restore(CatalogBackup.Entry entry, RestoreReviews.Seen seen, String actor) {
        DescriptionContent working = entry.workingCopy();
        Optional<Long> existing = editing.findByCodeAndWorkingTitle(working.code(), working.workingTitle());
        if (seen == null ? existing.isPresent()
                : existing.isEmpty() || existing.get() != seen.descriptionId() || editing.summary(seen.descriptionId()).version() != seen.version()) {
            throw new ChangedSincePreviewException();
        }
        long id = existing.orElseGet(() -> editing.createWithDates(working, datesOf(working), actor));
        boolean workingCopyChanged = restoreWorkingCopy(id, working, seen == null ? null : seen.version(), actor);
        boolean publishedChanged = restorePublished(id, entry.published(), actor);
        boolean statusChanged = restoreStatus(id, entry.status(), actor);
        if (existing.isEmpty()) {
            return Outcome.CREATED;
        }
        return workingCopyChanged || publishedChanged || statusChanged ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** Why an entry cannot be restored before anything is written: not a description, or one a form would refuse. */
    private Optional<String> refusalOf(CatalogBackup.Entry entry) {
        if (entry == null || entry.status() == null || entry.workingCopy() == null
                || entry.workingCopy().code() == null || entry.workingCopy().workingTitle() == null) {
            return Optional.of(messages.getMessage("backup.refused.incomplete"));
        }
        for (DescriptionContent content : new DescriptionContent[] {entry.workingCopy(), entry.published()}) {
            if (content == null) {
                continue;
            }
            DescriptionForm form = DescriptionForm.withContent(content);
            for (ConstraintViolation<DescriptionForm> violation : validator.validate(form)) {
                return Optional.of(violation.getPropertyPath() + ": " + violation.getMessage());
            }
        }
        return datesOf(entry.workingCopy()).violation(dates.today()).map(messages::getMessage);
    }

    private String reasonOf(RuntimeException refused) {
        if (refused instanceof ChangedSincePreviewException || refused instanceof EditConflictException) {
            return messages.getMessage("backup.refused.changedSincePreview");
        }
        if (refused instanceof DateRuleException dateRule) {
            return messages.getMessage(dateRule.messageKey());
        }
        if (refused instanceof DuplicateWorkingTitleException) {
            return messages.getMessage("form.workingTitle.taken");
        }
        if (refused instanceof OfficialTitleMismatchException mismatch) {
            return messages.getMessage("form.officialTitle.belongsToCode", new Object[] {mismatch.code(), mismatch.officialTitle()});
        }
        return messages.getMessage("backup.refused.other");
    }

    private static String nameOf(CatalogBackup.Entry entry) {
        return entry == null || entry.workingCopy() == null ? ""
                : entry.workingCopy().code() + " " + entry.workingCopy().workingTitle();
    }

    /** @param seenVersion the version previewed; null for a description this restore has just created */
    private boolean restoreWorkingCopy(long id, DescriptionContent working, Long seenVersion, String actor) {
        DescriptionSummary current = editing.summary(id);
        boolean changed = false;
        if (!current.content().withDates(null, null, null).equals(working.normalized().withDates(null, null, null))) {
            editing.save(id, working, seenVersion == null ? current.version() : seenVersion, actor);
            changed = true;
        }
        ClassDates wanted = datesOf(working);
        if (!wanted.equals(datesOf(editing.summary(id).content()))) {
            dates.replace(id, wanted, actor);
            changed = true;
        }
        return changed;
    }

    private boolean restorePublished(long id, DescriptionContent published, String actor) {
        if (published == null || editing.publishedContent(id).filter(published::equals).isPresent()) {
            return false;
        }
        editing.publishContent(id, published, actor, NOTE);
        return true;
    }

    private boolean restoreStatus(long id, DescriptionStatus wanted, String actor) {
        DescriptionStatus current = editing.summary(id).status();
        if (current == wanted) {
            return false;
        }
        if (wanted == DescriptionStatus.RETIRED) {
            editing.retire(id, actor);
            return true;
        }
        if (current == DescriptionStatus.RETIRED) {
            editing.restore(id, actor);
            return true;
        }
        return false;
    }

    private static ClassDates datesOf(DescriptionContent content) {
        return new ClassDates(content.classEstablished(), content.revisionDates(), content.lastReviewed());
    }
}
