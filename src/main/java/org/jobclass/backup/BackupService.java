package org.jobclass.backup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.editing.ClassDates;
import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.DashboardRow;
import org.jobclass.editing.DescriptionForm;
import org.jobclass.editing.DescriptionSummary;
import org.jobclass.editing.EditingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

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

    BackupService(EditingService editing, ClassDatesService dates, Clock clock) {
        this.editing = editing;
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

    public Report restore(CatalogBackup backup, String actor) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        for (CatalogBackup.Entry entry : backup.descriptions()) {
            DescriptionContent working = entry.workingCopy();
            try {
                Optional<Long> existing = editing.findByCodeAndWorkingTitle(working.code(), working.workingTitle());
                long id = existing.orElseGet(() -> editing.createWithDates(DescriptionForm.withContent(working),
                        datesOf(working), actor));
                boolean workingCopyChanged = restoreWorkingCopy(id, working, actor);
                boolean publishedChanged = restorePublished(id, entry.published(), actor);
                boolean statusChanged = restoreStatus(id, entry.status(), actor);
                if (existing.isEmpty()) {
                    created++;
                } else if (workingCopyChanged || publishedChanged || statusChanged) {
                    updated++;
                } else {
                    unchanged++;
                }
            } catch (RuntimeException refused) {
                failures.add(working.code() + " " + working.workingTitle() + ": " + refused.getMessage());
            }
        }
        return new Report(created, updated, unchanged, failures);
    }

    private boolean restoreWorkingCopy(long id, DescriptionContent working, String actor) {
        DescriptionSummary current = editing.summary(id);
        boolean changed = false;
        if (!current.content().withDates(null, null, null).equals(working.withDates(null, null, null))) {
            DescriptionForm form = DescriptionForm.withContent(working);
            form.setVersion(current.version());
            editing.update(id, form, actor);
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
