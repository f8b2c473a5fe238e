package org.jobclass.catalog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Saves class descriptions for tests that need more than the two seeded ones; retired ones were published first. */
@Component
public class CatalogFixtures {

    private final JobClassRepository jobClasses;
    private final ClassDescriptionRepository descriptions;
    private final DescriptionPublisher publisher;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CatalogFixtures(JobClassRepository jobClasses, ClassDescriptionRepository descriptions, DescriptionPublisher publisher,
                    JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jobClasses = jobClasses;
        this.descriptions = descriptions;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Publishes a description with this content, committed unless the caller's transaction is open; returns its id.
     */
    public long publish(DescriptionContent content) {
        return transactions.execute(status -> {
            JobClass jobClass = jobClasses.findByCode(content.code())
                    .orElseGet(() -> jobClasses.save(new JobClass(content.code(), content.officialTitle())));
            ClassDescription description = new ClassDescription(jobClass, content.workingTitle(), content.grade(),
                    content.months(), content.summary());
            description.setSqOq(content.sqOq());
            description.setOvertimeEligible(content.overtimeEligible());
            description.setQualifications(content.qualifications());
            content.duties().forEach(description::addDuty);
            description.setClassEstablished(content.classEstablished());
            content.revisionDates().forEach(description::addRevisionDate);
            description.setLastReviewed(content.lastReviewed());
            descriptions.save(description);
            publisher.publish(description, "fixture", null);
            descriptions.flush();
            return description.getId();
        });
    }

    /** A description's content with these words, and every other field filled in plainly. */
    public static DescriptionContent content(String code, String workingTitle, String summary) {
        return new DescriptionContent("Official " + code, code, "Not Applicable", workingTitle, "15", 10, summary,
                java.util.Map.of(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES, "Knowledge of the work."),
                false, java.util.List.of("Performs related work as required."), null, java.util.List.of(), null);
    }

    public ClassDescription published(String code, String workingTitle) {
        return save(code, workingTitle, DescriptionStatus.PUBLISHED);
    }

    /** Saves a description in this status, committed unless the caller's transaction is open. */
    public ClassDescription save(String code, String workingTitle, DescriptionStatus status) {
        return transactions.execute(transaction -> saveNow(code, workingTitle, status));
    }

    private ClassDescription saveNow(String code, String workingTitle, DescriptionStatus status) {
        JobClass jobClass = jobClasses.findByCode(code)
                .orElseGet(() -> jobClasses.save(new JobClass(code, "Official " + code)));
        ClassDescription description = new ClassDescription(jobClass, workingTitle, "15", 10,
                "Performs the work of a " + workingTitle + ".");
        description.addDuty("Performs related work as required.");
        descriptions.save(description);
        if (status != DescriptionStatus.DRAFT) {
            publisher.publish(description, "fixture", null);
        }
        description.setStatus(status);
        // Written now, as a commit would: the public catalog is read in SQL, past Hibernate's pending changes.
        descriptions.flush();
        return description;
    }

    /** Removes what a test committed under these codes, so that later tests see the catalog as seeded. */
    public void deleteEverythingUnder(String... codes) {
        for (String code : codes) {
            deleteEverythingUnder(code);
        }
    }

    /** Removes one description a test added under a code that is not its own (such as a seeded one). */
    public void deleteDescription(String code, String workingTitle) {
        String description = "select d.id from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ? and d.working_title = ?";
        jdbc.update("update class_description set status = 'DRAFT', published_revision_id = null where id in ("
                + description + ")", code, workingTitle);
        jdbc.update("delete from description_revision where description_id in (" + description + ")", code, workingTitle);
        jdbc.update("delete from class_description where id in (" + description + ")", code, workingTitle);
    }

    /** Removes what a test committed under this code, so that later tests see the catalog as seeded. */
    public void deleteEverythingUnder(String code) {
        String descriptionsOfCode = "select d.id from class_description d join job_class c on c.id = d.job_class_id where c.code = ?";
        jdbc.update("update class_description set status = 'DRAFT', published_revision_id = null where id in ("
                + descriptionsOfCode + ")", code);
        jdbc.update("delete from description_revision where description_id in (" + descriptionsOfCode + ")", code);
        jdbc.update("delete from class_description where id in (" + descriptionsOfCode + ")", code);
        jdbc.update("delete from job_class where code = ?", code);
    }
}
