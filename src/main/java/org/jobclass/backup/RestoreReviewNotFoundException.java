package org.jobclass.backup;

/** A confirmation names a preview its sender does not have: someone else's, expired, already restored, or none. */
public class RestoreReviewNotFoundException extends RuntimeException {

    RestoreReviewNotFoundException() {
        super("No such restore preview");
    }
}
