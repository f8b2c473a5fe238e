package org.jobclass.audit;

/** What an audit event is about. */
public enum AuditSubject {
    DESCRIPTION,
    ACCOUNT,
    SIGN_IN
}
