package org.jobclass.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdDesc(AuditSubject subjectType, Long subjectId);

    List<AuditEvent> findByActionOrderByIdDesc(AuditAction action);
}
