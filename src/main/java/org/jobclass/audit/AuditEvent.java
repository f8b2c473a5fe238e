package org.jobclass.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/** One recorded change: who did what to which subject, when, and field by field what changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    private static final int MAX_LABEL = 300;
    private static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 60, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20, updatable = false)
    private AuditSubject subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "subject_label", length = MAX_LABEL, updatable = false)
    private String subjectLabel;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    @OneToMany(mappedBy = "event", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<AuditChange> changes = new ArrayList<>();

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, AuditSubject subjectType, Long subjectId,
               String subjectLabel, String detail, List<FieldChange> changes) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 60);
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = truncate(subjectLabel, MAX_LABEL);
        this.detail = truncate(detail, MAX_DETAIL);
        for (FieldChange change : changes) {
            this.changes.add(new AuditChange(this, this.changes.size() + 1, change));
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditSubject getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public String getDetail() {
        return detail;
    }

    public List<AuditChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
