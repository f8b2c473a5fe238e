package org.jobclass.backup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.editing.ClassDates;
import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.DashboardRow;
import org.jobclass.editing.DateRuleException;
import org.jobclass.editing.DescriptionForm;
import org.jobclass.editing.DescriptionSummary;
import org.jobclass.editing.DuplicateWorkingTitleException;
import org.jobclass.editing.EditingService;
import org.jobclass.editing.OfficialTitleMismatchException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backs the catalog up as one document and restores it. Restoring is idempotent: a description is found by its
 * code and working title, and only what differs from the backup is changed, through the same services (and
 * audit log) as any edit. Nothing is deleted.
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

    BackupService(EditingService editing, ClassDatesService dates, Clock clock, Validator validator,
                  MessageSourceAccessor messages, PlatformTransactionManager transactions) {
        this.editing = editing;
        this.validator = validator;
        this.messages = messages;
        this.oneEntry = new TransactionTemplate(transactions);
        this.dates = dates;
        this.clock = clock;
    }

    public record Report(int created, int updated, int unchanged, List<String> failures) {
    }

    public CatalogBackup export() {
        List<CatalogBackup.Entry> entries = new ArrayList<>();
        for (DashboardRow row : editing.dashboard(null, null)) {
            DescriptionSummary summary = editing.summary(row.id());
            entries.add(new CatalogBackup.Entry(summary.status(), summary.content(),
                    editing.publishedContent(row.id()).orElse(null)));
        }
        return new CatalogBackup(CatalogBackup.FORMAT, CatalogBackup.VERSION, Instant.now(clock), entries);
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Restores each entry in a transaction of its own, checked before its first write: an entry is restored
     * whole or not at all, and the report names each one refused and why.
     */
    public Report restore(CatalogBackup backup, String actor) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        int position = 0;
        for (CatalogBackup.Entry entry : backup.descriptions()) {
            position++;
            Optional<String> refusal = refusalOf(entry);
            if (refusal.isPresent()) {
                failures.add(messages.getMessage("backup.entry", new Object[] {position, nameOf(entry)}) + ": " + refusal.get());
                continue;
            }
            try {
                Outcome outcome = oneEntry.execute(status -> restore(entry, actor));
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

    private Outcome restore(CatalogBackup.Entry entry, String actor) {
        DescriptionContent working = entry.workingCopy();
        Optional<Long> existing = editing.findByCodeAndWorkingTitle(working.code(), working.workingTitle());
        long id = existing.orElseGet(() -> editing.createWithDates(working, datesOf(working), actor));
        boolean workingCopyChanged = restoreWorkingCopy(id, working, actor);
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

    private boolean restoreWorkingCopy(long id, DescriptionContent working, String actor) {
        DescriptionSummary current = editing.summary(id);
        boolean changed = false;
        if (!current.content().withDates(null, null, null).equals(working.normalized().withDates(null, null, null))) {
            editing.save(id, working, current.version(), actor);
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
