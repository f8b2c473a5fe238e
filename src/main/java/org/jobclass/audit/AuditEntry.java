package org.jobclass.audit;

import java.time.Instant;
import java.util.List;

/** One audit event as it was recorded, with its field changes. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, AuditSubject subjectType,
                         Long subjectId, String subjectLabel, String detail, List<FieldChange> changes) {

    AuditEntry withChanges(List<FieldChange> fieldChanges) {
        return new AuditEntry(id, occurredAt, actor, action, subjectType, subjectId, subjectLabel, detail, fieldChanges);
    }
}
