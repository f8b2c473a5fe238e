package org.jobclass.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionPublisher;
import org.jobclass.catalog.DescriptionRevision;
import org.jobclass.catalog.DescriptionRevisionRepository;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.catalog.DescriptionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published revisions of a description: their list, what changed in each, and any two compared. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final ClassDescriptionRepository descriptions;
    private final DescriptionRevisionRepository revisions;
    private final DescriptionPublisher publisher;

    private final java.time.Clock clock;

    HistoryService(ClassDescriptionRepository descriptions, DescriptionRevisionRepository revisions,
                   DescriptionPublisher publisher, java.time.Clock clock) {
        this.clock = clock;
        this.descriptions = descriptions;
        this.revisions = revisions;
        this.publisher = publisher;
    }

    /** Newest first. */
    public List<RevisionSummary> history(long descriptionId) {
        ClassDescription description = descriptions.findById(descriptionId).orElseThrow(RevisionNotFoundException::new);
        List<DescriptionRevision> all = revisions.findByDescriptionOrderByNumberAsc(description);
        List<RevisionSummary> summaries = new ArrayList<>();
        Map<String, String> previous = null;
        for (DescriptionRevision revision : all) {
            Map<String, String> sections = Sections.of(publisher.content(revision));
            summaries.add(0, new RevisionSummary(revision.getNumber(), revision.getPublishedAt(), revision.getPublishedBy(),
                    revision.getNote(), Sections.changed(previous, sections)));
            previous = sections;
        }
        return summaries;
    }

    /**
     * The history as the public reads it: a run of publications that changed nothing but the class's dates (as several
     * date changes in a row make, some not even visible in the month and year the page shows) is one entry, the newest,
     * naming every date section the run changed. The first publication stays an entry of its own.
     */
    public List<RevisionSummary> publicHistory(long descriptionId) {
        List<RevisionSummary> all = history(descriptionId);
        int first = all.isEmpty() ? 0 : all.get(all.size() - 1).number();
        List<RevisionSummary> merged = new ArrayList<>();
        for (RevisionSummary revision : all) {
            RevisionSummary newer = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (newer != null && datesOnly(newer) && datesOnly(revision) && revision.number() != first) {
                java.util.Set<String> sections = new java.util.HashSet<>(revision.changedSections());
                sections.addAll(newer.changedSections());
                merged.set(merged.size() - 1, new RevisionSummary(newer.number(), newer.publishedAt(), newer.publishedBy(),
                        newer.note(), DATE_SECTIONS.stream().filter(sections::contains).toList()));
            } else {
                merged.add(revision);
            }
        }
        return merged;
    }

    private static final List<String> DATE_SECTIONS = List.of(DescriptionSection.CLASS_ESTABLISHED.labelKey(),
            DescriptionSection.DATES_REVISED.labelKey(), DescriptionSection.LAST_REVIEWED.labelKey());

    private static boolean datesOnly(RevisionSummary revision) {
        return DATE_SECTIONS.containsAll(revision.changedSections());
    }

    /**
     * The description published at this public address, or retired from it, for its public history: what was once
     * published stays readable.
     */
    public Optional<Long> publishedDescriptionAt(String code, String slug) {
        return revisions.findPublishedAt(code, slug)
                .or(() -> revisions.findRetiredAt(code, slug))
                .map(revision -> revision.getDescription())
                .filter(description -> description.getStatus() != DescriptionStatus.DRAFT)
                .map(ClassDescription::getId);
    }

    public RevisionComparison compare(long descriptionId, int from, int to) {
        DescriptionRevision left = revision(descriptionId, from);
        DescriptionRevision right = revision(descriptionId, to);
        List<RevisionComparison.SectionComparison> sections = RevisionComparison.sectionsBetween(publisher.content(left), publisher.content(right));
        List<RevisionSummary> history = history(descriptionId);
        return new RevisionComparison(find(history, from), find(history, to), sections);
    }

    /** What restoring this revision's text would replace in the working copy; the class's dates are not restored. */
    public RestoreProposal restoreProposal(long descriptionId, int number) {
        DescriptionRevision revision = revision(descriptionId, number);
        ClassDescription description = revision.getDescription();
        DescriptionContent working = DescriptionContent.of(description);
        DescriptionContent restored = publisher.content(revision)
                .withDates(working.classEstablished(), working.revisionDates(), working.lastReviewed());
        return new RestoreProposal(descriptionId, working.code(), working.workingTitle(), number, description.getVersion(),
                description.hasUnpublishedChanges() || description.getPublishedRevision() == null,
                description.getUpdatedBy(), description.getUpdatedAt(), RevisionComparison.sectionsBetween(working, restored));
    }

    /** A published revision as anyone may read it: when, at which address, and what it said. */
    public record PublishedRevision(int number, Instant publishedAt, String code, String slug, DescriptionContent content) {
    }

    /** Revision {@code number} of a description, as it was published. */
    public Optional<PublishedRevision> publishedRevision(long descriptionId, int number) {
        return descriptions.findById(descriptionId)
                .flatMap(description -> revisions.findByDescriptionAndNumber(description, number))
                .map(revision -> new PublishedRevision(revision.getNumber(), revision.getPublishedAt(), revision.getCode(),
                        revision.getSlug(), publisher.content(revision)));
    }

    /** A revision of the description published at this address, and the number of its current revision. */
    public Optional<PublicRevision> publicRevision(String code, String slug, int number) {
        return publishedDescriptionAt(code, slug).flatMap(id -> publishedRevision(id, number)
                .map(revision -> new PublicRevision(revision, descriptions.findById(id).orElseThrow().getPublishedRevision().getNumber())));
    }

    /** The number of the revision of the description at this address that was public at the end of this day. */
    public Optional<Integer> numberPublicOn(String code, String slug, java.time.LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return publishedDescriptionAt(code, slug).flatMap(id -> history(id).stream()
                .filter(revision -> revision.publishedAt().isBefore(endOfDay))
                .map(RevisionSummary::number)
                .findFirst());
    }

    public DescriptionContent content(long descriptionId, int number) {
        return publisher.content(revision(descriptionId, number));
    }

    private DescriptionRevision revision(long descriptionId, int number) {
        ClassDescription description = descriptions.findById(descriptionId).orElseThrow(RevisionNotFoundException::new);
        return revisions.findByDescriptionAndNumber(description, number).orElseThrow(RevisionNotFoundException::new);
    }

    private static RevisionSummary find(List<RevisionSummary> history, int number) {
        return history.stream().filter(summary -> summary.number() == number).findFirst()
                .orElseThrow(RevisionNotFoundException::new);
    }
}
