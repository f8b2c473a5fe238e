package org.jobclass.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One field of an audited change, with its value before and after. */
@Entity
@Immutable
@Table(name = "audit_change")
public class AuditChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_event_id", nullable = false, updatable = false)
    private AuditEvent event;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = 60, updatable = false)
    private String field;

    @Column(name = "old_value", columnDefinition = "text", updatable = false)
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "text", updatable = false)
    private String newValue;

    protected AuditChange() {
    }

    AuditChange(AuditEvent event, int position, FieldChange change) {
        this.event = event;
        this.position = position;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
