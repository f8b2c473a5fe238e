package org.jobclass.catalog;

/** The parts of the minimum qualification standards, in the order a class description shows them. */
public enum QualificationKind {
    KNOWLEDGE_SKILLS_ABILITIES,
    EDUCATION_TRAINING_EXPERIENCE,
    CERTIFICATE_LICENSE,
    PHYSICAL_DEMANDS,
    SPECIAL_REQUIREMENTS
}
