package org.jobclass.history;

import java.time.Instant;
import java.util.Optional;

import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.DescriptionRevision;
import org.jobclass.catalog.DescriptionRevisionRepository;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.VerificationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the reader of a printout whether it is still current: the code printed on it names the revision it shows,
 * which is either the one public now, or was superseded on a date by a later revision, or belongs to a class since
 * retired.
 */
@Service
@Transactional(readOnly = true)
public class PrintoutVerification {

    public enum Standing { CURRENT, SUPERSEDED, RETIRED }

    /**
     * What a printout's code says.
     *
     * @param supersededAt   when the next revision replaced it (null when current)
     * @param currentNumber  the revision public now (or last public, for a retired class)
     * @param currentPath    the class page's address now
     */
    public record Verdict(String code, Standing standing, String workingTitle, String classCode, int number,
                          Instant publishedAt, Instant supersededAt, int currentNumber, String currentPath, Instant retiredAt) {
    }

    private final DescriptionRevisionRepository revisions;
    private final CatalogService catalog;

    PrintoutVerification(DescriptionRevisionRepository revisions, CatalogService catalog) {
        this.revisions = revisions;
        this.catalog = catalog;
    }

    /** The verdict on a typed code; empty when no published revision has it. */
    public Optional<Verdict> verify(String typed) {
        return VerificationCode.parse(typed).flatMap(revisions::findById).map(this::verdict);
    }

    private Verdict verdict(DescriptionRevision revision) {
        ClassDescription description = revision.getDescription();
        DescriptionRevision current = description.getPublishedRevision();
        Instant supersededAt = revision.getNumber() == current.getNumber() ? null
                : revisions.findByDescriptionAndNumber(description, revision.getNumber() + 1)
                .map(DescriptionRevision::getPublishedAt).orElse(current.getPublishedAt());
        boolean retired = description.getStatus() == DescriptionStatus.RETIRED;
        Standing standing = retired ? Standing.RETIRED : supersededAt == null ? Standing.CURRENT : Standing.SUPERSEDED;
        Instant retiredAt = retired ? catalog.retirementOf(description.getId()).orElse(description.getUpdatedAt()) : null;
        return new Verdict(VerificationCode.of(revision.getId()), standing, revision.getWorkingTitle(), revision.getCode(),
                revision.getNumber(), revision.getPublishedAt(), supersededAt, current.getNumber(),
                "/classes/" + current.getCode() + "/" + current.getSlug(), retiredAt);
    }
}
