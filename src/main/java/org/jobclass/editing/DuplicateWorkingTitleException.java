package org.jobclass.editing;

/** Another description under the same code already has this working title. */
public class DuplicateWorkingTitleException extends RuntimeException {

    DuplicateWorkingTitleException() {
        super("Working title already used under this code");
    }
}
