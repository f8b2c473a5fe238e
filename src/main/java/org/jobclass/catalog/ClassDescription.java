package org.jobclass.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A class description: one working title of an official class, with its summary,
 * minimum qualification standards, examples of duties and the class's dates.
 */
@Entity
@Table(name = "class_description")
public class ClassDescription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Its id for good: the same whatever its code, title or address become, and in any database it is restored into. */
    @Column(name = "public_id", nullable = false, updatable = false)
    private UUID publicId = UUID.randomUUID();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_class_id", nullable = false)
    private JobClass jobClass;

    @NotBlank
    @Size(max = 200)
    @Column(name = "working_title", nullable = false, length = 200)
    private String workingTitle;

    @NotBlank(message = "{form.required}")
    @Size(max = 200, message = "{form.tooLong}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{description.address.format}")
    @Column(nullable = false, length = 200)
    private String slug;

    @Size(max = 100)
    @Column(name = "sq_oq", length = 100)
    private String sqOq;

    @NotBlank
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String grade;

    @Min(1)
    @Max(12)
    @Column(nullable = false)
    private int months;

    @NotBlank
    @Column(nullable = false, columnDefinition = "text")
    private String summary;

    /** Null when not stated. */
    @Column(name = "overtime_eligible")
    private Boolean overtimeEligible;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DescriptionStatus status = DescriptionStatus.DRAFT;

    // The class's dates are an admin's, changed apart from the editors' text: no conflict between the two.
    @OptimisticLock(excluded = true)
    @Convert(converter = YearMonthConverter.class)
    @Column(name = "class_established")
    private YearMonth classEstablished;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "description_revision_date", joinColumns = @JoinColumn(name = "description_id"))
    @Column(name = "revised_on", nullable = false)
    @OrderBy
    private List<LocalDate> revisionDates = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    // Republishing new dates changes it without touching the editors' text.
    @OptimisticLock(excluded = true)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private DescriptionRevision publishedRevision;

    // Derived from the content and the publication (see deriveUnpublishedChanges), which decide conflicts themselves.
    @OptimisticLock(excluded = true)
    @Column(name = "unpublished_changes", nullable = false)
    private boolean unpublishedChanges;

    /** What the next publication is to say in the history, as typed with a draft's save. */
    @Size(max = 500, message = "{form.tooLong}")
    @Column(name = "publication_note", length = 500)
    private String publicationNote;

    /** The words the page it was imported from stopped after, when that page looked cut off; null when whole. */
    @Size(max = 400, message = "{form.tooLong}")
    @Column(name = "looks_cut_off_after", length = 400)
    private String looksCutOffAfter;

    @Size(max = 60, message = "{form.tooLong}")
    @Column(name = "created_by", length = 60, updatable = false)
    private String createdBy;

    @Size(max = 60, message = "{form.tooLong}")
    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @OneToMany(mappedBy = "description", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<@Valid QualificationStandard> qualifications = new ArrayList<>();

    @OneToMany(mappedBy = "description", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<@Valid Duty> duties = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ClassDescription() {
    }

    public ClassDescription(JobClass jobClass, String workingTitle, String grade, int months, String summary) {
        this.jobClass = jobClass;
        this.workingTitle = workingTitle;
        this.slug = Slugs.of(workingTitle);
        this.grade = grade;
        this.months = months;
        this.summary = summary;
    }

    /**
     * Replaces what editors write (everything but the class's dates) by this content, under this official class
     * and at this address.
     */
    public void reviseText(JobClass jobClass, String slug, DescriptionContent content) {
        this.jobClass = jobClass;
        this.slug = slug;
        this.workingTitle = content.workingTitle();
        this.sqOq = content.sqOq();
        this.grade = content.grade();
        this.months = content.months();
        this.summary = content.summary();
        this.overtimeEligible = content.overtimeEligible();
        setQualifications(content.qualifications());
        setDuties(content.duties());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getPublicId() {
        return publicId;
    }

    public JobClass getJobClass() {
        return jobClass;
    }

    public void setJobClass(JobClass jobClass) {
        this.jobClass = jobClass;
    }

    public String getWorkingTitle() {
        return workingTitle;
    }

    public void setWorkingTitle(String workingTitle) {
        this.workingTitle = workingTitle;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }

    public String getSqOq() {
        return sqOq;
    }

    public void setSqOq(String sqOq) {
        this.sqOq = sqOq;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    /** True or false as stated; null when the description does not say. */
    public Boolean getOvertimeEligible() {
        return overtimeEligible;
    }

    public void setOvertimeEligible(Boolean overtimeEligible) {
        this.overtimeEligible = overtimeEligible;
    }

    public DescriptionStatus getStatus() {
        return status;
    }

    /** For test fixtures and the catalog generator, which write descriptions in any status directly. */
    void setStatus(DescriptionStatus status) {
        this.status = status;
    }

    /** Its content is now what the public sees. */
    void published() {
        status = DescriptionStatus.PUBLISHED;
    }

    /** Taken off the public site; returns whether it was not retired already. */
    public boolean retire() {
        if (status == DescriptionStatus.RETIRED) {
            return false;
        }
        status = DescriptionStatus.RETIRED;
        return true;
    }

    /**
     * Brought back from retirement: to the public site if it had been published, otherwise as a draft. Returns whether
     * it was retired.
     */
    public boolean bringBack() {
        if (status != DescriptionStatus.RETIRED) {
            return false;
        }
        status = publishedRevision == null ? DescriptionStatus.DRAFT : DescriptionStatus.PUBLISHED;
        return true;
    }

    public YearMonth getClassEstablished() {
        return classEstablished;
    }

    public void setClassEstablished(YearMonth classEstablished) {
        this.classEstablished = classEstablished;
    }

    public List<LocalDate> getRevisionDates() {
        return Collections.unmodifiableList(revisionDates);
    }

    public void addRevisionDate(LocalDate date) {
        if (!revisionDates.contains(date)) {
            revisionDates.add(date);
            revisionDates.sort(null);
        }
    }

    public void removeRevisionDate(LocalDate date) {
        revisionDates.remove(date);
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }

    /** The text of one part of the minimum qualification standards, if the description has it. */
    public Optional<String> qualification(QualificationKind kind) {
        return qualifications.stream()
                .filter(standard -> standard.getKind() == kind)
                .map(QualificationStandard::getText)
                .findFirst();
    }

    /** Sets every part of the qualification standards at once; a part without text is removed. */
    public void setQualifications(Map<QualificationKind, String> texts) {
        for (QualificationKind kind : QualificationKind.values()) {
            String text = texts.get(kind);
            if (text == null || text.isBlank()) {
                qualifications.removeIf(standard -> standard.getKind() == kind);
            } else {
                putQualification(kind, text);
            }
        }
    }

    public void putQualification(QualificationKind kind, String text) {
        qualifications.stream()
                .filter(standard -> standard.getKind() == kind)
                .findFirst()
                .ifPresentOrElse(standard -> standard.setText(text),
                        () -> qualifications.add(new QualificationStandard(this, kind, text)));
    }

    public List<Duty> getDuties() {
        return Collections.unmodifiableList(duties);
    }

    public void addDuty(String text) {
        duties.add(new Duty(this, duties.size() + 1, text));
    }

    /** Replaces the duties by these texts, in this order, keeping the records of the positions that remain. */
    public void setDuties(List<String> texts) {
        while (duties.size() > texts.size()) {
            duties.remove(duties.size() - 1);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (i < duties.size()) {
                duties.get(i).setText(texts.get(i));
            } else {
                addDuty(texts.get(i));
            }
        }
    }

    public DescriptionRevision getPublishedRevision() {
        return publishedRevision;
    }

    void setPublishedRevision(DescriptionRevision publishedRevision) {
        this.publishedRevision = publishedRevision;
    }

    public String getPublicationNote() {
        return publicationNote;
    }

    /** Keeps a note for the next publication's history entry; a blank one keeps the note already kept. */
    public void notePublication(String note) {
        String kept = note == null ? "" : TextBlocks.oneLine(note);
        if (!kept.isEmpty()) {
            publicationNote = kept.substring(0, Math.min(kept.length(), 500));
        }
    }

    /** The next publication took the note kept for it. */
    void publicationNoteUsed() {
        publicationNote = null;
    }

    /** The words its imported page stopped after, when that page looked cut off; null when its text is taken as whole. */
    public String getLooksCutOffAfter() {
        return looksCutOffAfter;
    }

    public boolean looksCutOff() {
        return looksCutOffAfter != null;
    }

    /**
     * Records what the page it was imported from said of its end: the words it stopped after when it looked cut off,
     * or null when it was whole (a whole page imported over it clears the mark).
     */
    public void importedFromPage(String cutOffAfter) {
        looksCutOffAfter = cutOffAfter == null || cutOffAfter.isBlank() ? null
                : cutOffAfter.substring(0, Math.min(cutOffAfter.length(), 400));
    }

    /** An editor confirmed the text is complete, whatever the page it came from looked like. */
    public void confirmedComplete() {
        looksCutOffAfter = null;
    }

    /** Whether its working copy differs from what was last published, as of its last write. */
    public boolean hasUnpublishedChanges() {
        return unpublishedChanges;
    }

    /**
     * Derives whether the working copy differs from what was last published whenever the description is written, so
     * that it is never set by hand; it is stored for the lists that filter on it.
     */
    @PrePersist
    @PreUpdate
    void deriveUnpublishedChanges() {
        unpublishedChanges = publishedRevision != null && !publishedRevision.content().equals(DescriptionContent.of(this));
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /**
     * Records who changed the description, the first one also as its creator. The row itself changes with every change, so that its version does too
     * when only duties or qualification standards changed: a form opened before is then refused, not saved over them.
     */
    public void changedBy(String username) {
        if (createdBy == null) {
            createdBy = username;
        }
        updatedBy = username;
        updatedAt = Instant.now();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
