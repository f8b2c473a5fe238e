package org.jobclass.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** One example of duties and responsibilities, at its position in the description's list. */
@Entity
@Table(name = "duty")
public class Duty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id", nullable = false)
    private ClassDescription description;

    @Positive
    @Column(nullable = false)
    private int position;

    @NotBlank
    @Column(nullable = false, columnDefinition = "text")
    private String text;

    protected Duty() {
    }

    Duty(ClassDescription description, int position, String text) {
        this.description = description;
        this.position = position;
        this.text = text;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }
}
