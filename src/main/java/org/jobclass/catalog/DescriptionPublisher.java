package org.jobclass.catalog;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes a description's content public by keeping it as a new, immutable revision. */
@Service
@Transactional
public class DescriptionPublisher {

    private final DescriptionRevisionRepository revisions;
    private final DescriptionContentJson json;
    private final Clock clock;
    private final PublicAddresses addresses;

    DescriptionPublisher(DescriptionRevisionRepository revisions, DescriptionContentJson json, Clock clock,
                         PublicAddresses addresses) {
        this.revisions = revisions;
        this.addresses = addresses;
        this.json = json;
        this.clock = clock;
    }

    /** Publishes the working copy as it stands. */
    public DescriptionRevision publish(ClassDescription description, String publishedBy, String note) {
        DescriptionRevision revision = save(description, description.getSlug(), DescriptionContent.of(description),
                publishedBy, note);
        description.published();
        description.publicationNoteUsed();
        return revision;
    }

    /**
     * Republishes what the public already sees with the description's current dates, leaving any unpublished
     * edits of the working copy unpublished. Only for a description that is published.
     */
    public DescriptionRevision republishDates(ClassDescription description, String publishedBy, String note) {
        DescriptionRevision current = description.getPublishedRevision();
        DescriptionContent content = content(current).withDates(description.getClassEstablished(),
                description.getRevisionDates(), description.getLastReviewed());
        return save(description, current.getSlug(), content, publishedBy, note);
    }

    /**
     * Republishes what the public already sees with the official class's current title, leaving any unpublished
     * edits of the working copy unpublished. Only for a description that is published.
     */
    public DescriptionRevision republishOfficialTitle(ClassDescription description, String publishedBy, String note) {
        DescriptionRevision current = description.getPublishedRevision();
        DescriptionContent content = content(current).withOfficialTitle(description.getJobClass().getOfficialTitle());
        return save(description, current.getSlug(), content, publishedBy, note);
    }

    /** Publishes the given content, which may differ from the working copy, as a restored backup records it. */
    public DescriptionRevision publishContent(ClassDescription description, DescriptionContent content, String publishedBy,
                                              String note) {
        DescriptionRevision revision = save(description,
                addresses.slugFor(content.code(), content.workingTitle(), description.getId()), content, publishedBy, note);
        description.published();
        return revision;
    }

    private DescriptionRevision save(ClassDescription description, String slug, DescriptionContent content,
                                     String publishedBy, String note) {
        DescriptionRevision revision = revisions.save(new DescriptionRevision(description,
                revisions.lastNumber(description) + 1, slug, json.write(content), content,
                Instant.now(clock), publishedBy, note));
        description.setPublishedRevision(revision);
        return revision;
    }

    @Transactional(readOnly = true)
    public DescriptionContent content(DescriptionRevision revision) {
        return json.read(revision.getContentJson());
    }
}
