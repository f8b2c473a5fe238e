package org.jobclass.catalog;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public may read: the published revisions of published class descriptions, nothing else. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ClassDescriptionRepository descriptions;
    private final DescriptionRevisionRepository revisions;
    private final DescriptionPublisher publisher;

    CatalogService(ClassDescriptionRepository descriptions, DescriptionRevisionRepository revisions,
                   DescriptionPublisher publisher) {
        this.descriptions = descriptions;
        this.revisions = revisions;
        this.publisher = publisher;
    }

    public CatalogListing listing() {
        return CatalogListing.of(descriptions.findPublishedEntries());
    }

    /** The published content at this address, or empty when nothing is published there. */
    public Optional<DescriptionContent> publishedDescription(String code, String slug) {
        return revisions.findPublishedAt(code, slug).map(publisher::content);
    }

    /** The published page at this address with the revision it comes from, for documents stamped with it. */
    public Optional<PublishedPage> publishedPage(String code, String slug) {
        return revisions.findPublishedAt(code, slug)
                .map(revision -> new PublishedPage(publisher.content(revision), revision.getNumber(), revision.getPublishedAt()));
    }

    /** Where a description once published at this address is published now, after a change of title or code. */
    public Optional<CatalogEntry> currentAddressOf(String code, String slug) {
        return revisions.findFormerlyPublishedAt(code, slug)
                .map(revision -> new CatalogEntry(revision.getWorkingTitle(), revision.getCode(), revision.getGrade(),
                        revision.getSlug()));
    }
}
