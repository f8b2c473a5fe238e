package org.jobclass.catalog;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may read: published class descriptions only. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ClassDescriptionRepository descriptions;

    CatalogService(ClassDescriptionRepository descriptions) {
        this.descriptions = descriptions;
    }

    public CatalogListing listing() {
        return CatalogListing.of(descriptions.findPublishedEntries());
    }

    /** A published description with everything its page shows, or empty when there is none at that address. */
    public Optional<ClassDescription> publishedDescription(String code, String slug) {
        return descriptions.findWithDuties(code, slug, DescriptionStatus.PUBLISHED)
                .map(descriptions::fetchQualifications)
                .map(descriptions::fetchRevisionDates);
    }
}
