package org.jobclass.legacy;

/** A confirmation names a review its sender does not have: someone else's, one expired, or none at all. */
public class ImportReviewNotFoundException extends RuntimeException {

    ImportReviewNotFoundException() {
        super("No such import review");
    }
}
