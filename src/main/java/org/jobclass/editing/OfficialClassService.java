package org.jobclass.editing;

import java.util.Comparator;
import java.util.List;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionPublisher;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.JobClass;
import org.jobclass.catalog.JobClassRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official class of a code, whose title every working title under the code shares. A change of the title is
 * one action: audited once, and published for every published working title at once, so that the public pages
 * never disagree about it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('EDITOR')")
public class OfficialClassService {

    private final JobClassRepository jobClasses;
    private final ClassDescriptionRepository descriptions;
    private final DescriptionPublisher publisher;
    private final AuditLog audit;

    OfficialClassService(JobClassRepository jobClasses, ClassDescriptionRepository descriptions,
                         DescriptionPublisher publisher, AuditLog audit) {
        this.jobClasses = jobClasses;
        this.descriptions = descriptions;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** An official class with the working titles under it, as the page to change its title shows it. */
    public record OfficialClass(String code, String officialTitle, long version, List<String> workingTitles) {
    }

    @Transactional(readOnly = true)
    public OfficialClass find(String code) {
        JobClass jobClass = jobClasses.findByCode(code).orElseThrow(() -> new OfficialClassNotFoundException(code));
        return describe(jobClass);
    }

    /**
     * Gives the code a new official title, provided it is still the version the editor saw; republishes each
     * published working title under it with the new title. Returns how many were republished.
     */
    public int rename(String code, String officialTitle, long seenVersion, String actor) {
        JobClass jobClass = jobClasses.lockByCode(code).orElseThrow(() -> new OfficialClassNotFoundException(code));
        if (jobClass.getVersion() != seenVersion) {
            throw new OfficialTitleChangedException();
        }
        String before = jobClass.getOfficialTitle();
        String title = officialTitle.strip();
        if (before.equals(title)) {
            return 0;
        }
        // Every working title is locked before the first publication, as publishing several descriptions always
        // does: a publication holds the catalog's version row to the end, and must not then wait for a description.
        List<ClassDescription> locked = descriptions.idsUnder(jobClass).stream()
                .map(id -> descriptions.findCompleteForChange(id).orElseThrow())
                .toList();
        jobClass.rename(title);
        jobClasses.saveAndFlush(jobClass);
        int republished = 0;
        for (ClassDescription sibling : locked) {
            if (sibling.getPublishedRevision() != null && sibling.getStatus() == DescriptionStatus.PUBLISHED) {
                publisher.republishOfficialTitle(sibling, actor, "Official title changed");
                republished++;
            }
            sibling.changedBy(actor);
            descriptions.saveAndFlush(sibling);
        }
        audit.record(actor, AuditAction.OFFICIAL_TITLE_CHANGED, AuditSubject.OFFICIAL_CLASS, jobClass.getId(), code,
                republished == 0 ? null : "republished " + republished + " working title(s)",
                List.of(new FieldChange("officialTitle", before, title)));
        return republished;
    }

    private List<ClassDescription> siblings(JobClass jobClass) {
        return descriptions.findByJobClass(jobClass).stream()
                .sorted(Comparator.comparing(ClassDescription::getId))
                .toList();
    }

    private OfficialClass describe(JobClass jobClass) {
        return new OfficialClass(jobClass.getCode(), jobClass.getOfficialTitle(), jobClass.getVersion(),
                siblings(jobClass).stream().map(ClassDescription::getWorkingTitle).sorted().toList());
    }
}
