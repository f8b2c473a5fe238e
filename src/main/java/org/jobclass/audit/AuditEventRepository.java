package org.jobclass.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdDesc(AuditSubject subjectType, Long subjectId);

    List<AuditEvent> findByActionOrderByIdDesc(AuditAction action);
}
