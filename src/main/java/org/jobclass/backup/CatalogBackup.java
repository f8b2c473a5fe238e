package org.jobclass.backup;

import java.time.Instant;
import java.util.List;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;

/**
 * The whole catalog as one JSON document: each description's status, working copy and published content.
 *
 * @param format always {@value #FORMAT}, so that another file is recognised as not a backup
 */
public record CatalogBackup(String format, int version, Instant exportedAt, List<Entry> descriptions) {

    public static final String FORMAT = "jobclass-catalog";
    public static final int VERSION = 1;

    /** One description: {@code published} is null when it has never been published. */
    public record Entry(DescriptionStatus status, DescriptionContent workingCopy, DescriptionContent published) {
    }
}
