package org.jobclass.backup;

/** The database refused part of a restore, which was therefore rolled back as a whole. */
class RestoreRefusedException extends RuntimeException {

    RestoreRefusedException(Throwable cause) {
        super("The database refused the restore", cause);
    }
}
