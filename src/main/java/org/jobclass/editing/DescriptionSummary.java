package org.jobclass.editing;

import java.time.Instant;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;

/**
 * A description's state and working content, for the preview and the dates page.
 *
 * @param looksCutOffAfter the words the page it was imported from stopped after, when that page looked cut off
 * @param findings         what the check before publishing finds in the working copy
 */
public record DescriptionSummary(long id, long version, DescriptionStatus status, boolean unpublishedChanges,
                                 boolean everPublished, DescriptionContent content, Instant updatedAt,
                                 String updatedBy, String publicPath, String publicationNote, String looksCutOffAfter,
                                 java.util.List<PublishFinding> findings) {

    public boolean looksCutOff() {
        return looksCutOffAfter != null;
    }
}
