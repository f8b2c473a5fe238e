package org.jobclass.audit;

/** What was done. Each has a label in messages.properties under {@code audit.action.}. */
public enum AuditAction {
    DESCRIPTION_CREATED,
    DESCRIPTION_EDITED,
    DESCRIPTION_PUBLISHED,
    DESCRIPTION_RETIRED,
    DESCRIPTION_RESTORED,
    DATES_CHANGED,
    OFFICIAL_TITLE_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_ROLE_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_PASSWORD_RESET,
    SIGNED_IN,
    SIGN_IN_FAILED
}
