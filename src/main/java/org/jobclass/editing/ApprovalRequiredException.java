package org.jobclass.editing;

/** Approval is on: a change is submitted for approval, never published by its own author. */
public class ApprovalRequiredException extends RuntimeException {

    public ApprovalRequiredException() {
        super("Approval is required to publish");
    }
}
