package org.jobclass.backup;

/** The catalog changed after a backup was previewed: nothing of it is restored, and it is to be previewed again. */
class ChangedSincePreviewException extends RuntimeException {

    ChangedSincePreviewException() {
        super("Changed since the preview");
    }
}
