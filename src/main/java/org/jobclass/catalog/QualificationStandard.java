package org.jobclass.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** One part of a description's minimum qualification standards. */
@Entity
@Table(name = "qualification_standard")
public class QualificationStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id", nullable = false)
    private ClassDescription description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private QualificationKind kind;

    @NotNull
    @Column(nullable = false, columnDefinition = "text")
    private String text;

    protected QualificationStandard() {
    }

    QualificationStandard(ClassDescription description, QualificationKind kind, String text) {
        this.description = description;
        this.kind = kind;
        this.text = text;
    }

    public QualificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
