package org.jobclass.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionPublisher;
import org.jobclass.catalog.DescriptionRevision;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.JobClass;
import org.jobclass.catalog.JobClassRepository;
import org.jobclass.catalog.Slugs;
import org.jobclass.catalog.TextBlocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' work on class descriptions: create, edit, publish, retire and restore, each recorded in the
 * audit log. Nothing is ever deleted, and a save never overwrites a save it has not seen.
 */
@Service
@Transactional
@PreAuthorize("hasRole('EDITOR')")
public class EditingService {

    private final ClassDescriptionRepository descriptions;
    private final JobClassRepository jobClasses;
    private final DescriptionPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;
    private final DashboardQueries dashboard;

    EditingService(ClassDescriptionRepository descriptions, JobClassRepository jobClasses, DescriptionPublisher publisher,
                   AuditLog audit, Clock clock, DashboardQueries dashboard) {
        this.dashboard = dashboard;
        this.descriptions = descriptions;
        this.jobClasses = jobClasses;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DashboardRow> dashboard(DescriptionStatus status, String text) {
        return dashboard.rows(status, text);
    }

    private static DashboardRow row(ClassDescription description) {
        DescriptionRevision published = description.getPublishedRevision();
        String publicPath = description.getStatus() == DescriptionStatus.PUBLISHED && published != null
                ? "/classes/" + published.getCode() + "/" + published.getSlug() : null;
        return new DashboardRow(description.getId(), description.getWorkingTitle(), description.getJobClass().getCode(),
                description.getStatus(), description.hasUnpublishedChanges(), description.getUpdatedAt(),
                description.getUpdatedBy(), publicPath);
    }

    @Transactional(readOnly = true)
    public DescriptionForm editForm(long id) {
        return DescriptionForm.of(complete(id));
    }

    /** A blank form, or one holding a copy of another description's content for a new working title under its code. */
    @Transactional(readOnly = true)
    public DescriptionForm newForm(Optional<Long> basedOn) {
        return basedOn.map(id -> {
            DescriptionForm form = DescriptionForm.withContent(DescriptionContent.of(complete(id)));
            form.setWorkingTitle("");
            return form;
        }).orElseGet(DescriptionForm::new);
    }

    @Transactional(readOnly = true)
    public DescriptionSummary summary(long id) {
        ClassDescription description = complete(id);
        return new DescriptionSummary(description.getId(), description.getVersion(), description.getStatus(),
                description.hasUnpublishedChanges(), description.getPublishedRevision() != null,
                DescriptionContent.of(description), description.getUpdatedAt(), description.getUpdatedBy(),
                row(description).publicPath());
    }

    public long create(DescriptionForm form, String actor) {
        return create(form, null, actor);
    }

    /**
     * Creates a description with its class's dates, as an imported page records them: they are the class's
     * history, not a change of it, so editors may bring them in. Refused when the dates cannot be right.
     */
    public long createWithDates(DescriptionForm form, ClassDates dates, String actor) {
        dates.violation(LocalDate.now(clock)).ifPresent(key -> {
            throw new DateRuleException("dates", key);
        });
        return create(form, dates, actor);
    }

    /** The description under this code with this working title, where a page imported again belongs. */
    @Transactional(readOnly = true)
    public Optional<Long> findByCodeAndWorkingTitle(String code, String workingTitle) {
        return jobClasses.findByCode(code.strip())
                .flatMap(jobClass -> descriptions.findByJobClass(jobClass).stream()
                        .filter(description -> description.getWorkingTitle().equalsIgnoreCase(workingTitle.strip()))
                        .map(ClassDescription::getId)
                        .findFirst());
    }

    private long create(DescriptionForm form, ClassDates dates, String actor) {
        JobClass jobClass = jobClassFor(form, actor);
        requireUniqueWorkingTitle(jobClass, form.getWorkingTitle().strip(), -1);
        ClassDescription description = new ClassDescription(jobClass, form.getWorkingTitle().strip(),
                form.getGrade().strip(), form.getMonths(), DescriptionForm.clean(form.getSummary()));
        description.setSlug(uniqueSlug(jobClass, description.getWorkingTitle(), -1));
        applyText(description, form);
        if (dates != null) {
            description.setClassEstablished(dates.established());
            dates.revised().forEach(description::addRevisionDate);
            description.setLastReviewed(dates.reviewed());
        }
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        audit.record(actor, AuditAction.DESCRIPTION_CREATED, AuditSubject.DESCRIPTION, description.getId(),
                label(description), ContentChanges.created(DescriptionContent.of(description)));
        return description.getId();
    }

    /**
     * Saves the editor's form over the working copy, unless someone else saved it since the form was opened.
     * Returns the version now saved.
     */
    public long update(long id, DescriptionForm form, String actor) {
        return update(id, form, actor, null);
    }

    /** Makes a past revision's text the working copy again, as unpublished changes; the dates stay as they are. */
    public void restoreRevision(long id, DescriptionContent revision, int number, String actor) {
        DescriptionForm form = DescriptionForm.withContent(revision);
        form.setVersion(complete(id).getVersion());
        update(id, form, actor, "restored the text of revision " + number);
    }

    private long update(long id, DescriptionForm form, String actor, String detail) {
        ClassDescription description = completeForChange(id);
        if (form.getVersion() == null || form.getVersion() != description.getVersion()) {
            throw new EditConflictException(DescriptionContent.of(description), description.getVersion(),
                    description.getUpdatedBy(), description.getUpdatedAt());
        }
        DescriptionContent before = DescriptionContent.of(description);
        JobClass jobClass = jobClassFor(form, actor);
        String workingTitle = form.getWorkingTitle().strip();
        requireUniqueWorkingTitle(jobClass, workingTitle, id);
        if (!jobClass.equals(description.getJobClass()) || !workingTitle.equals(description.getWorkingTitle())) {
            description.setSlug(uniqueSlug(jobClass, workingTitle, id));
        }
        description.setJobClass(jobClass);
        description.setWorkingTitle(workingTitle);
        description.setGrade(form.getGrade().strip());
        description.setMonths(form.getMonths());
        description.setSummary(DescriptionForm.clean(form.getSummary()));
        applyText(description, form);
        DescriptionContent after = DescriptionContent.of(description);
        List<FieldChange> changes = ContentChanges.between(before, after);
        if (changes.isEmpty()) {
            return description.getVersion();
        }
        description.changedBy(actor);
        description.setUnpublishedChanges(isPublishedButDifferent(description, after));
        descriptions.saveAndFlush(description);
        audit.record(actor, AuditAction.DESCRIPTION_EDITED, AuditSubject.DESCRIPTION, id, label(description), detail, changes);
        return description.getVersion();
    }

    /** Publishes the working copy as it stands, provided it is the version the editor last saw. */
    public void publish(long id, long seenVersion, String actor) {
        publish(id, seenVersion, actor, null);
    }

    /** Publishes with a note for the history: what changed and why. */
    public void publish(long id, long seenVersion, String actor, String note) {
        ClassDescription description = completeForChange(id);
        if (seenVersion != description.getVersion()) {
            throw new EditConflictException(DescriptionContent.of(description), description.getVersion(),
                    description.getUpdatedBy(), description.getUpdatedAt());
        }
        DescriptionContent before = description.getPublishedRevision() == null ? null
                : publisher.content(description.getPublishedRevision());
        String kept = note == null || note.isBlank() ? null : TextBlocks.oneLine(note);
        DescriptionRevision revision = publisher.publish(description, actor,
                kept == null ? null : kept.substring(0, Math.min(kept.length(), 500)));
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        audit.record(actor, AuditAction.DESCRIPTION_PUBLISHED, AuditSubject.DESCRIPTION, id, label(description),
                "revision " + revision.getNumber(), ContentChanges.between(before, DescriptionContent.of(description)));
    }

    /**
     * Publishes the given content for the description, as a backup being restored records it, even where it
     * differs from the working copy. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void publishContent(long id, DescriptionContent content, String actor, String note) {
        ClassDescription description = completeForChange(id);
        DescriptionContent before = description.getPublishedRevision() == null ? null
                : publisher.content(description.getPublishedRevision());
        DescriptionRevision revision = publisher.publishContent(description, content, actor, note);
        description.setUnpublishedChanges(!content.equals(DescriptionContent.of(description)));
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        audit.record(actor, AuditAction.DESCRIPTION_PUBLISHED, AuditSubject.DESCRIPTION, id, label(description),
                "revision " + revision.getNumber() + "; " + note, ContentChanges.between(before, content));
    }

    /** What the public sees of this description now, if anything has been published. */
    @Transactional(readOnly = true)
    public Optional<DescriptionContent> publishedContent(long id) {
        DescriptionRevision published = complete(id).getPublishedRevision();
        return Optional.ofNullable(published).map(publisher::content);
    }

    public void retire(long id, String actor) {
        ClassDescription description = completeForChange(id);
        if (description.getStatus() == DescriptionStatus.RETIRED) {
            return;
        }
        changeStatus(description, DescriptionStatus.RETIRED, AuditAction.DESCRIPTION_RETIRED, actor);
    }

    /** Brings a retired description back: to the public site if it had been published, otherwise as a draft. */
    public void restore(long id, String actor) {
        ClassDescription description = completeForChange(id);
        if (description.getStatus() != DescriptionStatus.RETIRED) {
            return;
        }
        DescriptionStatus restored = description.getPublishedRevision() == null
                ? DescriptionStatus.DRAFT : DescriptionStatus.PUBLISHED;
        changeStatus(description, restored, AuditAction.DESCRIPTION_RESTORED, actor);
    }

    private void changeStatus(ClassDescription description, DescriptionStatus status, AuditAction action, String actor) {
        DescriptionStatus before = description.getStatus();
        description.setStatus(status);
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        audit.record(actor, action, AuditSubject.DESCRIPTION, description.getId(), label(description),
                List.of(new FieldChange("status", before.name(), status.name())));
    }

    private ClassDescription complete(long id) {
        return descriptions.findComplete(id).orElseThrow(() -> new DescriptionNotFoundException(id));
    }

    private ClassDescription completeForChange(long id) {
        return descriptions.findCompleteForChange(id).orElseThrow(() -> new DescriptionNotFoundException(id));
    }

    private void applyText(ClassDescription description, DescriptionForm form) {
        String sqOq = DescriptionForm.clean(form.getSqOq());
        description.setSqOq(sqOq.isEmpty() ? null : sqOq);
        description.setOvertimeEligible(form.isOvertimeEligible());
        description.setQualifications(form.qualifications());
        description.setDuties(form.keptDuties());
    }

    /**
     * The official class of the form's code. The official title belongs to the code: changing it here
     * changes it for every working title under that code, which then differ from what is published.
     */
    private JobClass jobClassFor(DescriptionForm form, String actor) {
        String code = form.getCode().strip();
        String officialTitle = form.getOfficialTitle().strip();
        JobClass jobClass = jobClasses.findByCode(code).orElseGet(() -> jobClasses.save(new JobClass(code, officialTitle)));
        if (!jobClass.getOfficialTitle().equals(officialTitle)) {
            jobClass.setOfficialTitle(officialTitle);
            for (ClassDescription sibling : descriptions.findByJobClass(jobClass)) {
                if (sibling.getPublishedRevision() != null) {
                    sibling.setUnpublishedChanges(true);
                }
            }
        }
        return jobClass;
    }

    private boolean isPublishedButDifferent(ClassDescription description, DescriptionContent working) {
        DescriptionRevision published = description.getPublishedRevision();
        return published != null && !publisher.content(published).equals(working);
    }

    private void requireUniqueWorkingTitle(JobClass jobClass, String workingTitle, long exceptId) {
        if (jobClass.getId() != null && descriptions.hasWorkingTitle(jobClass, workingTitle, exceptId)) {
            throw new DuplicateWorkingTitleException();
        }
    }

    private String uniqueSlug(JobClass jobClass, String workingTitle, long exceptId) {
        String base = Slugs.of(workingTitle);
        String slug = base;
        for (int suffix = 2; jobClass.getId() != null && descriptions.hasSlug(jobClass, slug, exceptId); suffix++) {
            slug = base + "-" + suffix;
        }
        return slug;
    }

    private static String label(ClassDescription description) {
        return description.getJobClass().getCode() + " " + description.getWorkingTitle();
    }
}
