package org.jobclass.catalog;

import org.springframework.stereotype.Component;

/** Saves class descriptions for tests that need more than the two seeded ones; retired ones were published first. */
@Component
class CatalogFixtures {

    private final JobClassRepository jobClasses;
    private final ClassDescriptionRepository descriptions;
    private final DescriptionPublisher publisher;

    CatalogFixtures(JobClassRepository jobClasses, ClassDescriptionRepository descriptions, DescriptionPublisher publisher) {
        this.jobClasses = jobClasses;
        this.descriptions = descriptions;
        this.publisher = publisher;
    }

    ClassDescription published(String code, String workingTitle) {
        return save(code, workingTitle, DescriptionStatus.PUBLISHED);
    }

    ClassDescription save(String code, String workingTitle, DescriptionStatus status) {
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
        return description;
    }
}
