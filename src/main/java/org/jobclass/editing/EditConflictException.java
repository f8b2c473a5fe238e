package org.jobclass.editing;

import java.time.Instant;

import org.jobclass.catalog.DescriptionContent;

/** The description was saved by someone else since the editor opened it; nothing was overwritten. */
public class EditConflictException extends RuntimeException {

    private final DescriptionContent seen;
    private final DescriptionContent current;
    private final long currentVersion;
    private final String savedBy;
    private final Instant savedAt;

    EditConflictException(DescriptionContent seen, DescriptionContent current, long currentVersion, String savedBy,
                          Instant savedAt) {
        super("Saved by someone else in the meantime");
        this.seen = seen;
        this.current = current;
        this.currentVersion = currentVersion;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** The working copy's text at the version the editor saw, when still known. */
    DescriptionContent seen() {
        return seen;
    }

    DescriptionContent current() {
        return current;
    }

    long currentVersion() {
        return currentVersion;
    }

    String savedBy() {
        return savedBy;
    }

    Instant savedAt() {
        return savedAt;
    }
}
