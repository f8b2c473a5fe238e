package org.jobclass.catalog;

import org.springframework.stereotype.Component;

/** Saves class descriptions for tests that need more than the two seeded ones. */
@Component
class CatalogFixtures {

    private final JobClassRepository jobClasses;
    private final ClassDescriptionRepository descriptions;

    CatalogFixtures(JobClassRepository jobClasses, ClassDescriptionRepository descriptions) {
        this.jobClasses = jobClasses;
        this.descriptions = descriptions;
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
        description.setStatus(status);
        return descriptions.save(description);
    }
}
