package org.jobclass.audit;

/** What an audit event is about. */
public enum AuditSubject {
    DESCRIPTION,
    OFFICIAL_CLASS,
    ACCOUNT,
    SIGN_IN,
    SALARY_SCHEDULE,
    PLAN,
    CATALOG,
    SERIES
}
