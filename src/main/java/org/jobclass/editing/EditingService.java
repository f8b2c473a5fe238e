package org.jobclass.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionPublisher;
import org.jobclass.catalog.DescriptionRevision;
import org.jobclass.catalog.DescriptionRevisionRepository;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.JobClass;
import org.jobclass.catalog.JobClassRepository;
import org.jobclass.catalog.PublicAddresses;
import org.jobclass.catalog.StatusChange;
import org.jobclass.catalog.StatusChanges;
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
    private final ReviewCycle reviewCycle;
    private final PublishCheck publishCheck;
    private final AuditLog audit;
    private final Clock clock;
    private final DashboardQueries dashboard;
    private final PublicAddresses addresses;
    private final DescriptionRevisionRepository revisions;
    private final WorkingCopySnapshots snapshots;
    private final StatusChanges statusChanges;

    EditingService(ClassDescriptionRepository descriptions, JobClassRepository jobClasses, DescriptionPublisher publisher,
                   AuditLog audit, Clock clock, DashboardQueries dashboard, PublicAddresses addresses,
                   DescriptionRevisionRepository revisions, WorkingCopySnapshots snapshots, ReviewCycle reviewCycle,
                   PublishCheck publishCheck, StatusChanges statusChanges) {
        this.statusChanges = statusChanges;
        this.publishCheck = publishCheck;
        this.reviewCycle = reviewCycle;
        this.snapshots = snapshots;
        this.addresses = addresses;
        this.revisions = revisions;
        this.dashboard = dashboard;
        this.descriptions = descriptions;
        this.jobClasses = jobClasses;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(DashboardQuery query) {
        return new Dashboard(dashboard.page(query, query.review() == null ? null : reviewCycle.condition(query.review())),
                reviewCycle.counts());
    }

    /** A page of the dashboard's descriptions, and how many of all are overdue, due soon or never reviewed. */
    public record Dashboard(DashboardPage page, ReviewCycle.Counts review) {
    }

    /** Every description's id. */
    @Transactional(readOnly = true)
    public List<Long> descriptionIds() {
        return dashboard.allIds();
    }

    private static DashboardRow row(ClassDescription description) {
        DescriptionRevision published = description.getPublishedRevision();
        String publicPath = description.getStatus() == DescriptionStatus.PUBLISHED && published != null
                ? "/classes/" + published.getCode() + "/" + published.getSlug() : null;
        return new DashboardRow(description.getId(), description.getWorkingTitle(), description.getJobClass().getCode(),
                description.getStatus(), description.hasUnpublishedChanges(), description.getUpdatedAt(),
                description.getUpdatedBy(), publicPath, description.looksCutOff(), description.getLastReviewed());
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
        return summaryOf(complete(id));
    }

    /** A description's edit form and what the form shows beside it, from one reading of the description. */
    @Transactional(readOnly = true)
    public EditPage editPage(long id) {
        ClassDescription description = complete(id);
        return new EditPage(DescriptionForm.of(description), summaryOf(description));
    }

    /** A description's edit form, and the description as it stands. */
    public record EditPage(DescriptionForm form, DescriptionSummary summary) {
    }

    private DescriptionSummary summaryOf(ClassDescription description) {
        return new DescriptionSummary(description.getId(), description.getVersion(), description.getStatus(),
                description.hasUnpublishedChanges(), description.getPublishedRevision() != null,
                DescriptionContent.of(description), description.getUpdatedAt(), description.getUpdatedBy(),
                row(description).publicPath(), description.getPublicationNote(), description.getLooksCutOffAfter(),
                publishCheck.findings(description.getId(), DescriptionContent.of(description), description.getLooksCutOffAfter()));
    }

    /** Creates a description as a draft with this content. Returns its id. */
    public long create(DescriptionContent content, String actor) {
        return create(content.normalized(), null, actor).getId();
    }

    /** Creates a description and publishes it at once, with a note for its history: one action, all or nothing. */
    public long createAndPublish(DescriptionContent content, String note, PublishConfirmation confirmation, String actor) {
        ClassDescription description = create(content.normalized(), null, actor);
        publish(description, note, confirmation, actor);
        return description.getId();
    }

    /**
     * Creates a description with its class's dates, as an imported page records them: they are the class's
     * history, not a change of it, so editors may bring them in. Refused when the dates cannot be right.
     */
    public long createWithDates(DescriptionContent content, ClassDates dates, String actor) {
        dates.violation(LocalDate.now(clock)).ifPresent(key -> {
            throw new DateRuleException("dates", key);
        });
        return create(content.normalized(), dates, actor).getId();
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

    private ClassDescription create(DescriptionContent content, ClassDates dates, String actor) {
        JobClass jobClass = jobClassFor(content, null);
        requireUniqueWorkingTitle(jobClass, content.workingTitle(), -1);
        ClassDescription description = new ClassDescription(jobClass, content.workingTitle(), content.grade(),
                content.months(), content.summary());
        description.reviseText(jobClass, uniqueSlug(jobClass, content.workingTitle(), -1), content);
        if (dates != null) {
            description.setClassEstablished(dates.established());
            dates.revised().forEach(description::addRevisionDate);
            description.setLastReviewed(dates.reviewed());
        }
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        snapshots.keep(description.getId(), description.getVersion(), DescriptionContent.of(description));
        audit.record(actor, AuditAction.DESCRIPTION_CREATED, AuditSubject.DESCRIPTION, description.getId(),
                label(description), ContentChanges.created(DescriptionContent.of(description)));
        return description;
    }

    /**
     * Saves the editor's content over the working copy, unless someone else saved it since the editor saw the
     * version given. Returns the version now saved.
     */
    public long save(long id, DescriptionContent content, long seenVersion, String actor) {
        return save(id, content, seenVersion, null, actor);
    }

    /** Saves as a draft, keeping the note typed with it for the next publication's history entry. */
    public long save(long id, DescriptionContent content, long seenVersion, String note, String actor) {
        ClassDescription description = completeForChange(id);
        requireSeen(description, seenVersion);
        revise(description, content.normalized(), titleSeenAt(description, seenVersion), actor, null);
        description.notePublication(note);
        descriptions.flush();
        return description.getVersion();
    }

    /**
     * Saves the editor's content and publishes it, with a note for the history: one action, all or nothing.
     *
     * @throws LooksCutOffException  when it came from a page that looked cut off and its text is not confirmed complete
     * @throws PublishCheckException when the check before publishing finds something and no reason overrides it;
     *                               nothing is saved
     */
    public void saveAndPublish(long id, DescriptionContent content, long seenVersion, String note,
                               PublishConfirmation confirmation, String actor) {
        ClassDescription description = completeForChange(id);
        requireSeen(description, seenVersion);
        revise(description, content.normalized(), titleSeenAt(description, seenVersion), actor, null);
        publish(description, note, confirmation, actor);
    }

    /**
     * Makes a past revision's text the working copy again, as unpublished changes, provided the working copy is
     * still the version the editor saw when confirming; the dates stay as they are.
     */
    public void restoreRevision(long id, int number, long seenVersion, String actor) {
        ClassDescription description = completeForChange(id);
        requireSeen(description, seenVersion);
        DescriptionRevision revision = revisions.findByDescriptionAndNumber(description, number)
                .orElseThrow(() -> new DescriptionNotFoundException(id));
        DescriptionContent restored = publisher.content(revision).normalized();
        revise(description, restored, restored.officialTitle(), actor, "restored the text of revision " + number);
    }

    /** Refuses a change made to a version other than the current one, with what both versions said. */
    private void requireSeen(ClassDescription description, long seenVersion) {
        if (seenVersion != description.getVersion()) {
            DescriptionContent seen = seenVersion < 0 ? null : snapshots.at(description.getId(), seenVersion).orElse(null);
            throw new EditConflictException(seen, DescriptionContent.of(description), description.getVersion(),
                    description.getUpdatedBy(), description.getUpdatedAt());
        }
    }

    /** The official title the editor was shown with the version they saw, when still known. */
    private String titleSeenAt(ClassDescription description, long seenVersion) {
        return snapshots.at(description.getId(), seenVersion).map(DescriptionContent::officialTitle).orElse(null);
    }

    private void revise(ClassDescription description, DescriptionContent content, String titleSeen, String actor,
                        String detail) {
        DescriptionContent before = DescriptionContent.of(description);
        JobClass jobClass = jobClassFor(content, titleSeen);
        String workingTitle = content.workingTitle();
        requireUniqueWorkingTitle(jobClass, workingTitle, description.getId());
        String slug = jobClass.equals(description.getJobClass()) && workingTitle.equals(description.getWorkingTitle())
                ? description.getSlug() : uniqueSlug(jobClass, workingTitle, description.getId());
        description.reviseText(jobClass, slug, content);
        DescriptionContent after = DescriptionContent.of(description);
        List<FieldChange> changes = ContentChanges.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        snapshots.keep(description.getId(), description.getVersion(), after);
        audit.record(actor, AuditAction.DESCRIPTION_EDITED, AuditSubject.DESCRIPTION, description.getId(),
                label(description), detail, changes);
    }

    /**
     * Publishes the working copy as it stands, provided it is the version the editor last saw, with a note for the
     * history.
     *
     * @throws LooksCutOffException  when it came from a page that looked cut off and its text is not confirmed complete
     * @throws PublishCheckException when the check before publishing finds something and no reason overrides it
     */
    public void publish(long id, long seenVersion, String note, PublishConfirmation confirmation, String actor) {
        ClassDescription description = completeForChange(id);
        requireSeen(description, seenVersion);
        publish(description, note, confirmation, actor);
    }

    /**
     * What "publish selected" did: how many it published, the working titles it left out as looking cut off, and those
     * it left out for what the check before publishing found (with the findings of each).
     */
    public record SelectionPublished(int published, List<String> leftOutAsCutOff, Map<String, List<PublishFinding>> leftOutForFindings) {
    }

    /**
     * Publishes those of the chosen descriptions that have something to publish (drafts, and published ones with
     * unpublished changes), as they stand: one action, all or nothing. Descriptions imported from pages that looked cut
     * off are left out: each needs its editor's confirmation on its own page. So are those in which the check before
     * publishing finds something, unless a reason to publish despite the findings is given.
     */
    public SelectionPublished publishSelected(List<Long> ids, String overrideReason, String actor) {
        // All are locked first, in one order, before the first publication (see OfficialClassService.rename).
        List<ClassDescription> locked = ids.stream().distinct().sorted().map(this::completeForChange).toList();
        int published = 0;
        List<String> leftOut = new ArrayList<>();
        Map<String, List<PublishFinding>> withFindings = new LinkedHashMap<>();
        PublishConfirmation confirmation = PublishConfirmation.overriding(overrideReason);
        for (ClassDescription description : locked) {
            boolean pending = description.getStatus() == DescriptionStatus.DRAFT
                    || (description.getStatus() == DescriptionStatus.PUBLISHED && description.hasUnpublishedChanges());
            if (!pending) {
                continue;
            }
            List<PublishFinding> findings = publishCheck.findings(description.getId(), DescriptionContent.of(description), null);
            if (description.looksCutOff()) {
                leftOut.add(description.getWorkingTitle());
            } else if (!findings.isEmpty() && !confirmation.overrides()) {
                withFindings.put(description.getWorkingTitle(), findings);
            } else {
                publish(description, null, confirmation, actor);
                published++;
            }
        }
        return new SelectionPublished(published, leftOut, withFindings);
    }

    /**
     * Records what the page a description was just imported from said of its end: the words it stopped after when it
     * looked cut off, or null when it was whole.
     */
    public void recordImportedPage(long id, String cutOffAfter) {
        completeForChange(id).importedFromPage(cutOffAfter);
    }

    private void publish(ClassDescription description, String note, PublishConfirmation confirmation, String actor) {
        if (reviewCycle.approvalRequired()) {
            throw new ApprovalRequiredException();
        }
        publishNow(description, note, confirmation, actor);
    }

    /**
     * Publishes a change a second person approved: the working copy submitted, provided it is still the version
     * submitted. Called by {@link ApprovalService} only.
     */
    void publishApproved(long id, long submittedVersion, PublishConfirmation confirmation, String approver) {
        ClassDescription description = completeForChange(id);
        requireSeen(description, submittedVersion);
        publishNow(description, null, confirmation, approver);
    }

    private void publishNow(ClassDescription description, String note, PublishConfirmation confirmation, String actor) {
        if (description.looksCutOff()) {
            if (!confirmation.textComplete()) {
                throw new LooksCutOffException(description.getId(), description.getLooksCutOffAfter());
            }
            String after = description.getLooksCutOffAfter();
            description.confirmedComplete();
            audit.record(actor, AuditAction.DESCRIPTION_CONFIRMED_COMPLETE, AuditSubject.DESCRIPTION, description.getId(),
                    label(description), "imported from a page that looked cut off after \u201c" + after + "\u201d", List.of());
        }
        List<PublishFinding> findings = publishCheck.findings(description.getId(), DescriptionContent.of(description), null);
        if (!findings.isEmpty()) {
            if (!confirmation.overrides()) {
                throw new PublishCheckException(findings);
            }
            String reason = TextBlocks.oneLine(confirmation.overrideReason());
            String detail = "published despite: " + findings.stream().map(PublishFinding::key)
                    .map(key -> key.replaceFirst("^check\\.", "")).collect(Collectors.joining(", ")) + "; reason: " + reason;
            audit.record(actor, AuditAction.PUBLISH_CHECK_OVERRIDDEN, AuditSubject.DESCRIPTION, description.getId(),
                    label(description), detail.length() > 500 ? detail.substring(0, 499) + "…" : detail, List.of());
        }
        DescriptionContent before = description.getPublishedRevision() == null ? null
                : publisher.content(description.getPublishedRevision());
        description.notePublication(note);
        DescriptionRevision revision = publisher.publish(description, actor, description.getPublicationNote());
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        audit.record(actor, AuditAction.DESCRIPTION_PUBLISHED, AuditSubject.DESCRIPTION, description.getId(),
                label(description), "revision " + revision.getNumber(),
                ContentChanges.between(before, DescriptionContent.of(description)));
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
        DescriptionStatus before = description.getStatus();
        if (description.retire()) {
            statusChanged(description, before, StatusChange.RETIRED, actor);
        }
    }

    /** Brings a retired description back: to the public site if it had been published, otherwise as a draft. */
    public void restore(long id, String actor) {
        ClassDescription description = completeForChange(id);
        DescriptionStatus before = description.getStatus();
        if (description.bringBack()) {
            statusChanged(description, before, StatusChange.RESTORED, actor);
        }
    }

    private void statusChanged(ClassDescription description, DescriptionStatus before, StatusChange change, String actor) {
        DescriptionStatus status = description.getStatus();
        description.changedBy(actor);
        descriptions.saveAndFlush(description);
        statusChanges.record(description.getId(), change, clock.instant(), actor);
        AuditAction action = change == StatusChange.RETIRED ? AuditAction.DESCRIPTION_RETIRED : AuditAction.DESCRIPTION_RESTORED;
        audit.record(actor, action, AuditSubject.DESCRIPTION, description.getId(), label(description),
                List.of(new FieldChange("status", before.name(), status.name())));
    }

    private ClassDescription complete(long id) {
        return descriptions.findComplete(id).orElseThrow(() -> new DescriptionNotFoundException(id));
    }

    private ClassDescription completeForChange(long id) {
        return descriptions.findCompleteForChange(id).orElseThrow(() -> new DescriptionNotFoundException(id));
    }

    /**
     * The official class of the content's code, made with the content's title when the code is new. The official
     * title belongs to the code and is changed on its own (see {@link OfficialClassService}), never by a
     * description's save: a title the editor left as it was shown is the class's current one, whatever it has
     * become since; a title the editor changed, or one differing from the code's, is refused.
     *
     * @param titleSeen the official title as the editor was shown it, or null when unknown
     */
    private JobClass jobClassFor(DescriptionContent content, String titleSeen) {
        JobClass jobClass = jobClasses.findOrCreate(content.code(), content.officialTitle());
        String officialTitle = content.officialTitle();
        if (!jobClass.getOfficialTitle().equals(officialTitle) && !officialTitle.equals(titleSeen)) {
            throw new OfficialTitleMismatchException(jobClass.getCode(), jobClass.getOfficialTitle());
        }
        return jobClass;
    }

    private void requireUniqueWorkingTitle(JobClass jobClass, String workingTitle, long exceptId) {
        if (jobClass.getId() != null && descriptions.hasWorkingTitle(jobClass, workingTitle, exceptId)) {
            throw new DuplicateWorkingTitleException();
        }
    }

    private String uniqueSlug(JobClass jobClass, String workingTitle, long exceptId) {
        return addresses.slugFor(jobClass.getCode(), workingTitle, exceptId);
    }

    private static String label(ClassDescription description) {
        return description.getJobClass().getCode() + " " + description.getWorkingTitle();
    }
}
