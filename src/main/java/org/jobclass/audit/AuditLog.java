package org.jobclass.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change. Recording joins the caller's transaction, so a change that fails leaves no
 * entry behind and a change that succeeds never lacks one.
 */
@Service
@Transactional
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, AuditSubject subjectType, Long subjectId, String subjectLabel,
                       String detail, List<FieldChange> changes) {
        events.save(new AuditEvent(Instant.now(clock), actor, action, subjectType, subjectId, subjectLabel, detail,
                changes));
    }

    public void record(String actor, AuditAction action, AuditSubject subjectType, Long subjectId, String subjectLabel,
                       List<FieldChange> changes) {
        record(actor, action, subjectType, subjectId, subjectLabel, null, changes);
    }
}
