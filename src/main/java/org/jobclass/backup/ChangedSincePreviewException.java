package org.jobclass.backup;

/** The description an entry would restore was changed, created or renamed after the preview: it is left as it is. */
class ChangedSincePreviewException extends RuntimeException {

    ChangedSincePreviewException() {
        super("Changed since the preview");
    }
}
