package org.jobclass.history;

import java.time.Instant;
import java.util.List;

/**
 * What restoring a past revision's text would do to the working copy, for the editor to confirm: the sections it
 * would replace, side by side, and the version of the working copy the confirmation is for.
 *
 * @param unpublishedChanges whether the working copy holds changes not yet published, which the restore replaces
 */
public record RestoreProposal(long descriptionId, String code, String workingTitle, int number, long version,
                              boolean unpublishedChanges, String updatedBy, Instant updatedAt,
                              List<RevisionComparison.SectionComparison> sections) {

    public boolean changesNothing() {
        return sections.stream().noneMatch(RevisionComparison.SectionComparison::changed);
    }
}
