package org.jobclass.editing;

import java.time.Instant;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;

/** A description's state and working content, for the preview and the dates page. */
public record DescriptionSummary(long id, long version, DescriptionStatus status, boolean unpublishedChanges,
                                 boolean everPublished, DescriptionContent content, Instant updatedAt,
                                 String updatedBy, String publicPath, String publicationNote) {
}
