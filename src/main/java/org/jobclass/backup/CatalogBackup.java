package org.jobclass.backup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.StatusChange;

/**
 * The catalog as one JSON document (gzipped): its format and version, when it was taken, the series of classes, and
 * every description with its whole public history. Its parts are written and read one description at a time.
 * Version 1 held each description's working copy and current text only, without ids: it is refused.
 */
final class CatalogBackup {

    /** Always the document's {@code format}, so that another file is recognised as not a backup. */
    static final String FORMAT = "jobclass-catalog";
    static final int VERSION = 2;

    private CatalogBackup() {
    }

    /**
     * One description as it stands, and its history.
     *
     * @param id          its public id, by which a restore finds it
     * @param databaseId  its number in the database it was taken from (the feeds name it), kept where it is free
     * @param slug        the address of its working copy
     * @param revisions   every publication, in order of their numbers: 1, 2, 3…; the last is what the public sees
     * @param statusChanges its retirements and restorations, oldest first
     */
    record Description(UUID id, Long databaseId, DescriptionStatus status, String slug, DescriptionContent workingCopy,
                       String publicationNote, String looksCutOffAfter, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy, List<Revision> revisions, List<StatusEvent> statusChanges) {

        Description {
            revisions = revisions == null ? List.of() : revisions;
            statusChanges = statusChanges == null ? List.of() : statusChanges;
        }

        /** How it is named to people: its code and working title, as far as the file says them. */
        String name() {
            return workingCopy == null ? "" : (workingCopy.code() + " " + workingCopy.workingTitle()).strip();
        }

        Revision last() {
            return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
        }
    }

    /**
     * One publication of a description, identified by its number within the description.
     *
     * @param verificationCode the code printed on its printouts, which names the revision in its database
     */
    record Revision(int number, String verificationCode, String slug, Instant publishedAt, String publishedBy, String note,
                    DescriptionContent content) {
    }

    /** A retirement or restoration, when and by whom. */
    record StatusEvent(StatusChange change, Instant at, String by) {
    }

    /** A series of official classes, by name, with its address and codes. */
    record Series(String name, String slug, List<String> codes) {

        Series {
            codes = codes == null ? List.of() : codes;
        }
    }
}
