package org.jobclass.editing;

/**
 * What an editor confirms when publishing: that the text of a description imported from a page that looked cut off is
 * complete, and why to publish despite what the check before publishing found (both kept in the audit log).
 */
public record PublishConfirmation(boolean textComplete, String overrideReason) {

    public static final PublishConfirmation NONE = new PublishConfirmation(false, null);

    /** Publishing despite the check's findings, for this reason. */
    public static PublishConfirmation overriding(String reason) {
        return new PublishConfirmation(false, reason);
    }

    public boolean overrides() {
        return overrideReason != null && !overrideReason.isBlank();
    }
}
