package org.jobclass.audit;

import java.time.Instant;
import java.util.List;

/** One audit event as the audit log page shows it, with its field changes. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, AuditSubject subjectType,
                         Long subjectId, String subjectLabel, String detail, List<FieldChange> changes) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                event.getSubjectType(), event.getSubjectId(), event.getSubjectLabel(), event.getDetail(),
                event.getChanges().stream()
                        .map(change -> new FieldChange(change.getField(), change.getOldValue(), change.getNewValue()))
                        .toList());
    }
}
