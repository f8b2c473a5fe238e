package org.jobclass.catalog;

/** Where a class description stands; the public sees published descriptions only. */
public enum DescriptionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
