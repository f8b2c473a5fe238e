package org.jobclass.backup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.StatusChange;
import org.jobclass.catalog.VerificationCode;

/**
 * What restoring one description of a backup does to this catalog, worked out from the backup's description and this
 * catalog's (found by its public id). A revision is the same one when its number, verification code, address,
 * publication (when, by whom, with what note) and text are: the backup's revisions that this catalog lacks are added
 * with their numbers, times, publishers and codes. Where this catalog's history goes further than the backup's, it is
 * kept, and the backup's text is published as the next revision if it is not what the public sees. Where the two
 * histories differ at a revision (the seeded descriptions of a new installation, or a catalog restored from an older
 * backup and published since), the backup's replaces this catalog's from that revision on. Then the working copy,
 * address and status become the backup's.
 *
 * @param parts          what it changes, in page order, for the preview
 * @param workingCopy    the backup's working copy as it is kept (normalized as a form's save keeps it)
 * @param deleteFrom     the first revision of this catalog's that the backup's replace; 0 for none
 * @param insert         the backup's revisions to add, as they are
 * @param republish      the backup's revision whose text to publish as a new revision now, or null
 * @param statusEvents   the backup's retirements and restorations this catalog lacks
 * @param changeNow      a retirement or restoration the restore itself makes now, or null
 * @param finalRevision  the number of the revision the public then sees (or last saw); 0 when none
 */
record RestorePlan(BackupService.Change change, List<Part> parts, DescriptionContent workingCopy, boolean workingCopyChanged,
                   boolean replacesUnpublished, int deleteFrom, List<CatalogBackup.Revision> insert,
                   CatalogBackup.Revision republish, List<CatalogBackup.StatusEvent> statusEvents, StatusChange changeNow,
                   DescriptionStatus status, int finalRevision) {

    /**
     * One thing a restore changes, as a message key and its arguments.
     *
     * @param section whether the key is a section's label, named without its colon
     */
    record Part(String key, boolean section, Object... arguments) {
    }

    /** How many revisions restoring adds (the backup's, and the one it may publish now). */
    int revisionsAdded() {
        return insert.size() + (republish == null ? 0 : 1);
    }

    static RestorePlan of(CatalogBackup.Description backup, CatalogRecords.Stored stored) {
        DescriptionContent wanted = backup.workingCopy().normalized();
        List<CatalogBackup.Revision> theirs = backup.revisions();
        if (stored == null) {
            return new RestorePlan(BackupService.Change.CREATE, List.of(), wanted, true, false, 0, theirs, null,
                    List.copyOf(backup.statusChanges()), null, backup.status(), theirs.size());
        }
        CatalogBackup.Description here = stored.description();
        List<CatalogBackup.Revision> ours = here.revisions();
        int differsAt = 0;
        for (int n = 1; n <= Math.min(ours.size(), theirs.size()) && differsAt == 0; n++) {
            if (!same(ours.get(n - 1), theirs.get(n - 1))) {
                differsAt = n;
            }
        }
        List<CatalogBackup.Revision> insert;
        CatalogBackup.Revision republish = null;
        int finalRevision;
        if (differsAt > 0) {
            insert = theirs.subList(differsAt - 1, theirs.size());
            finalRevision = theirs.size();
        } else if (ours.size() <= theirs.size()) {
            insert = theirs.subList(ours.size(), theirs.size());
            finalRevision = theirs.size();
        } else {
            insert = List.of();
            CatalogBackup.Revision last = backup.last();
            CatalogBackup.Revision current = ours.get(ours.size() - 1);
            republish = last != null && !(last.content().equals(current.content()) && last.slug().equals(current.slug()))
                    ? last : null;
            finalRevision = ours.size() + (republish == null ? 0 : 1);
        }
        // What has been published cannot be made a draft again.
        DescriptionStatus status = backup.status() == DescriptionStatus.DRAFT && finalRevision > 0 ? here.status() : backup.status();
        List<CatalogBackup.StatusEvent> events = backup.statusChanges().stream()
                .filter(event -> here.statusChanges().stream().noneMatch(known -> sameEvent(known, event))).toList();
        StatusChange changeNow = changeNow(here, status, events);
        boolean workingCopyChanged = !wanted.equals(here.workingCopy().normalized());

        List<Part> parts = new ArrayList<>();
        for (DescriptionSection section : DescriptionSection.withValues()) {
            if (!section.text(here.workingCopy().normalized()).equals(section.text(wanted))) {
                parts.add(new Part(section.labelKey(), true));
            }
        }
        if (!backup.slug().equals(here.slug())) {
            parts.add(new Part("backup.part.address", false));
        }
        if (!Objects.equals(backup.publicationNote(), here.publicationNote())
                || !Objects.equals(backup.looksCutOffAfter(), here.looksCutOffAfter())) {
            parts.add(new Part("backup.part.workingCopyNotes", false));
        }
        if (differsAt > 0) {
            parts.add(new Part("backup.part.historyReplaced", false, differsAt, ours.size(), theirs.size()));
        } else if (!insert.isEmpty()) {
            parts.add(new Part("backup.part.revisionsAdded", false, insert.size()));
        }
        if (republish != null) {
            parts.add(new Part("backup.part.republished", false, finalRevision));
        }
        if (status != here.status()) {
            parts.add(new Part(status == DescriptionStatus.RETIRED ? "backup.part.retired" : "backup.part.restored", false));
        } else if (!events.isEmpty()) {
            parts.add(new Part("backup.part.statusChanges", false, events.size()));
        }
        BackupService.Change change = parts.isEmpty() ? BackupService.Change.UNCHANGED : BackupService.Change.UPDATE;
        return new RestorePlan(change, List.copyOf(parts), wanted, workingCopyChanged,
                workingCopyChanged && stored.unpublishedChanges(), differsAt, List.copyOf(insert), republish, events,
                changeNow, status, finalRevision);
    }

    /**
     * The retirement or restoration the restore makes now: when the status changes and the latest of the description's
     * retirements and restorations (its own and the backup's) does not already say so.
     */
    private static StatusChange changeNow(CatalogBackup.Description here, DescriptionStatus status,
                                          List<CatalogBackup.StatusEvent> added) {
        StatusChange needed = status == here.status() ? null
                : status == DescriptionStatus.RETIRED ? StatusChange.RETIRED
                : here.status() == DescriptionStatus.RETIRED ? StatusChange.RESTORED : null;
        if (needed == null) {
            return null;
        }
        StatusChange latest = Stream.concat(here.statusChanges().stream(), added.stream())
                .max(Comparator.comparing(CatalogBackup.StatusEvent::at)).map(CatalogBackup.StatusEvent::change).orElse(null);
        return latest == needed ? null : needed;
    }

    static boolean same(CatalogBackup.Revision ours, CatalogBackup.Revision theirs) {
        return ours.number() == theirs.number()
                && VerificationCode.parse(ours.verificationCode()).equals(VerificationCode.parse(theirs.verificationCode()))
                && Objects.equals(ours.slug(), theirs.slug())
                && Objects.equals(kept(ours.publishedAt()), kept(theirs.publishedAt()))
                && Objects.equals(ours.publishedBy(), theirs.publishedBy())
                && Objects.equals(ours.note(), theirs.note())
                && Objects.equals(ours.content(), theirs.content());
    }

    private static boolean sameEvent(CatalogBackup.StatusEvent ours, CatalogBackup.StatusEvent theirs) {
        return ours.change() == theirs.change() && Objects.equals(kept(ours.at()), kept(theirs.at()));
    }

    /** A time as the database keeps it, to the microsecond. */
    static Instant kept(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
