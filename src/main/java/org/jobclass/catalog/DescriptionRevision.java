package org.jobclass.catalog;

import java.time.Instant;

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
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/**
 * A class description as it was published: an immutable copy of its whole content, with who published it,
 * when, and why. The public reads published revisions only, so editing the working copy changes nothing
 * public until the next publication.
 */
@Entity
@Immutable
@Table(name = "description_revision")
public class DescriptionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "description_id", nullable = false, updatable = false)
    private ClassDescription description;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 10)
    private String code;

    @Column(name = "working_title", nullable = false, updatable = false, length = 200)
    private String workingTitle;

    @Column(nullable = false, updatable = false, length = 200)
    private String slug;

    @Column(nullable = false, updatable = false, length = 10)
    private String grade;

    @Column(name = "title_sort_key", nullable = false, updatable = false, length = 400)
    private String titleSortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_range", nullable = false, updatable = false, length = 10)
    private TitleRange titleRange;

    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String content;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Size(max = 60, message = "{form.tooLong}")
    @Column(name = "published_by", updatable = false, length = 60)
    private String publishedBy;

    @Size(max = 500, message = "{form.tooLong}")
    @Column(updatable = false, length = 500)
    private String note;

    @Transient
    private DescriptionContent readContent;

    protected DescriptionRevision() {
    }

    /** What this revision made public, read once from its stored document. */
    DescriptionContent content() {
        if (readContent == null) {
            readContent = DescriptionContentJson.STANDARD.read(content);
        }
        return readContent;
    }

    DescriptionRevision(ClassDescription description, int number, String slug, String contentJson,
                        DescriptionContent content, Instant publishedAt, String publishedBy, String note) {
        this.description = description;
        this.number = number;
        this.code = content.code();
        this.workingTitle = content.workingTitle();
        this.slug = slug;
        this.grade = content.grade();
        this.titleSortKey = TitleOrder.sortKey(content.workingTitle());
        this.titleRange = TitleRange.of(content.workingTitle());
        this.content = contentJson;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public ClassDescription getDescription() {
        return description;
    }

    public int getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public String getWorkingTitle() {
        return workingTitle;
    }

    public String getSlug() {
        return slug;
    }

    public String getGrade() {
        return grade;
    }

    String getContentJson() {
        return content;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getNote() {
        return note;
    }
}
