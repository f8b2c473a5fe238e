package org.jobclass.legacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.editing.ClassDates;
import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.DateRuleException;
import org.jobclass.editing.DescriptionForm;
import org.jobclass.editing.DescriptionSummary;
import org.jobclass.editing.DuplicateWorkingTitleException;
import org.jobclass.editing.EditConflictException;
import org.jobclass.editing.EditingService;
import org.jobclass.editing.OfficialTitleMismatchException;
import org.jobclass.history.RevisionComparison;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports pages of the legacy layout as drafts: first a preview of what each page would become, then, once an
 * editor confirms, the drafts themselves. A page whose code and working title already exist updates that
 * description instead of adding a second one. Each page succeeds or fails on its own.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class LegacyImportService {

    private final LegacyPageParser parser = new LegacyPageParser();
    private final EditingService editing;
    private final ClassDatesService classDates;
    private final Validator validator;
    private final MessageSourceAccessor messages;

    private final TransactionTemplate onePage;
    private final Clock clock;
    private final ImportReviews reviews;

    LegacyImportService(EditingService editing, ClassDatesService classDates, Validator validator, MessageSourceAccessor messages,
                        PlatformTransactionManager transactions, Clock clock, ImportReviews reviews) {
        this.clock = clock;
        this.reviews = reviews;
        this.onePage = new TransactionTemplate(transactions);
        this.editing = editing;
        this.classDates = classDates;
        this.validator = validator;
        this.messages = messages;
    }

    public enum Outcome { CREATE, UPDATE, UNCHANGED, FAIL }

    /** One page to import: its name (the file's, or "Pasted text") and its text, or why it was refused unread. */
    public record Source(String name, String text, String refusalKey, int repairedBytes) {

        public static Source of(String name, String text) {
            return new Source(name, text, null, 0);
        }

        public static Source refused(String name, String refusalKey) {
            return new Source(name, null, refusalKey, 0);
        }
    }

    /**
     * What a page would become.
     *
     * @param existingId  the description it updates, null when it creates one
     * @param seenVersion that description's version as reviewed
     */
    public record Preview(String name, String text, LegacyPage page, Outcome outcome, Long existingId, Long seenVersion,
                          List<String> reasons, List<RevisionComparison.SectionComparison> differences,
                          List<String> sameAs, boolean repeatsAnEarlierPage, List<String> notes) {

        Preview(String name, String text, LegacyPage page, Outcome outcome, Long existingId, Long seenVersion,
                List<String> reasons) {
            this(name, text, page, outcome, existingId, seenVersion, reasons, List.of(), List.of(), false, List.of());
        }

        /** The sections that differ from the stored description, the words that differ marked; empty unless it updates. */
        public List<RevisionComparison.SectionComparison> changedSections() {
            return differences.stream().filter(RevisionComparison.SectionComparison::changed).toList();
        }

        /** Whether the review offers it for import already chosen: not when an earlier page of the batch is the same. */
        public boolean chosenByDefault() {
            return outcome != Outcome.FAIL && !repeatsAnEarlierPage;
        }

        Preview comparedWith(DescriptionContent stored) {
            return new Preview(name, text, page, outcome, existingId, seenVersion, reasons,
                    RevisionComparison.sectionsBetween(stored, page.toContent()), sameAs, repeatsAnEarlierPage, notes);
        }

        Preview sameAs(List<String> others, boolean repeatsAnEarlier) {
            return new Preview(name, text, page, outcome, existingId, seenVersion, reasons, differences, others,
                    repeatsAnEarlier, notes);
        }

        Preview noting(String note) {
            return new Preview(name, text, page, outcome, existingId, seenVersion, reasons, differences, sameAs,
                    repeatsAnEarlierPage, java.util.stream.Stream.concat(notes.stream(), java.util.stream.Stream.of(note)).toList());
        }
    }

    /** The pages of one review, kept on the server under its id until they are confirmed. */
    public record Review(long id, List<Preview> previews) {

        /** The position of each page that can be imported, as the confirmation names them. */
        public List<Integer> importable() {
            return java.util.stream.IntStream.range(0, previews.size())
                    .filter(position -> previews.get(position).outcome() != Outcome.FAIL).boxed().toList();
        }
    }

    public record Result(String name, Outcome outcome, Long descriptionId, List<String> reasons) {
    }

    /**
     * What each page would become (for an admin, a page that only changes dates is an update too), kept on the server
     * for its reviewer to confirm. Each page is checked in short transactions of its own: one holding thousands of
     * descriptions would check them all again before every query.
     */
    public Review review(List<Source> sources, String reviewer, boolean admin) {
        List<Preview> previews = withDuplicatesFlagged(sources.stream().map(source -> withEncodingNote(source, preview(source, admin)))
                .map(this::comparedWithStored).toList());
        List<ImportReviews.ReviewedPage> importable = new ArrayList<>();
        for (int position = 0; position < previews.size(); position++) {
            Preview preview = previews.get(position);
            if (preview.outcome() != Outcome.FAIL) {
                importable.add(new ImportReviews.ReviewedPage(position, preview.name(), preview.text(),
                        preview.existingId(), preview.seenVersion()));
            }
        }
        return new Review(reviews.save(reviewer, clock.instant(), importable), previews);
    }

    private Preview withEncodingNote(Source source, Preview preview) {
        return source.repairedBytes() == 0 ? preview
                : preview.noting(messages.getMessage("import.note.repairedBytes", new Object[] {source.repairedBytes()}));
    }

    /** An update shows the word-level difference from the description it updates. */
    private Preview comparedWithStored(Preview preview) {
        return preview.existingId() == null ? preview : preview.comparedWith(editing.summary(preview.existingId()).content());
    }

    /**
     * Pages of one batch with the same code and working title would be one description: each says which others it
     * repeats, and only the first is chosen for import until the editor chooses another.
     */
    private static List<Preview> withDuplicatesFlagged(List<Preview> previews) {
        Map<String, List<Integer>> byAddress = new LinkedHashMap<>();
        for (int position = 0; position < previews.size(); position++) {
            Preview preview = previews.get(position);
            if (preview.outcome() != Outcome.FAIL) {
                String key = preview.page().code().strip() + "\n" + preview.page().workingTitle().strip().toLowerCase(Locale.ROOT);
                byAddress.computeIfAbsent(key, unused -> new ArrayList<>()).add(position);
            }
        }
        List<Preview> flagged = new ArrayList<>(previews);
        for (List<Integer> positions : byAddress.values()) {
            if (positions.size() < 2) {
                continue;
            }
            for (int position : positions) {
                List<String> others = positions.stream().filter(other -> other != position)
                        .map(other -> previews.get(other).name()).toList();
                flagged.set(position, previews.get(position).sameAs(others, position != positions.get(0)));
            }
        }
        return List.copyOf(flagged);
    }

    /**
     * Imports these pages of a review, each in a transaction of its own: a page either changes everything it says, or
     * nothing. A description changed or created by anyone after the review is left as it is, and the page says so.
     *
     * @throws ImportReviewNotFoundException when the reviewer has no such review (or no longer)
     */
    public List<Result> importReviewed(long reviewId, List<Integer> positions, String reviewer, boolean admin) {
        List<ImportReviews.ReviewedPage> pages = reviews.pages(reviewId, reviewer, positions)
                .orElseThrow(ImportReviewNotFoundException::new);
        List<Result> results = new ArrayList<>();
        for (ImportReviews.ReviewedPage page : pages) {
            results.add(onePage.execute(status -> importOne(page, reviewer, admin, status)));
        }
        return results;
    }

    private Preview preview(Source source, boolean admin) {
        if (source.refusalKey() != null) {
            return new Preview(source.name(), null, null, Outcome.FAIL, null, null,
                    List.of(messages.getMessage(source.refusalKey())));
        }
        LegacyPage page = parser.parse(source.text());
        List<String> reasons = reasonsItCannotBeImported(page);
        if (!reasons.isEmpty()) {
            return new Preview(source.name(), source.text(), page, Outcome.FAIL, null, null, reasons);
        }
        Optional<Long> existing = editing.findByCodeAndWorkingTitle(page.code(), page.workingTitle());
        Optional<String> datesRefused = new ClassDates(page.classEstablished(), page.revisionDates(), page.lastReviewed())
                .violation(LocalDate.now(clock));
        if (datesRefused.isPresent() && (existing.isEmpty() || admin)) {
            return new Preview(source.name(), source.text(), page, Outcome.FAIL, null, null,
                    List.of(messages.getMessage(datesRefused.get())));
        }
        if (existing.isEmpty()) {
            return new Preview(source.name(), source.text(), page, Outcome.CREATE, null, null, List.of());
        }
        DescriptionSummary current = editing.summary(existing.get());
        boolean same = sameText(current.content(), page.toContent()) && (!admin || sameDates(current.content(), page.toContent()));
        return new Preview(source.name(), source.text(), page, same ? Outcome.UNCHANGED : Outcome.UPDATE,
                current.id(), current.version(), List.of());
    }

    /**
     * One page: checked whole before the first write, and rolled back whole when any step is refused. It changes only
     * what was reviewed: the description it updates must still be at the version reviewed, one it creates still absent.
     */
    private Result importOne(ImportReviews.ReviewedPage reviewed, String actor, boolean admin, TransactionStatus transaction) {
        Source source = Source.of(reviewed.name(), reviewed.text());
        Preview preview = preview(source, admin);
        if (preview.outcome() == Outcome.FAIL) {
            return new Result(source.name(), Outcome.FAIL, null, preview.reasons());
        }
        if (!Objects.equals(preview.existingId(), reviewed.descriptionId())
                || !Objects.equals(preview.seenVersion(), reviewed.seenVersion())) {
            return new Result(source.name(), Outcome.FAIL, preview.existingId(),
                    List.of(messages.getMessage(reviewed.descriptionId() == null ? "import.createdSinceReview"
                            : "import.changedSinceReview")));
        }
        LegacyPage page = preview.page();
        DescriptionContent content = page.toContent();
        ClassDates dates = new ClassDates(page.classEstablished(), page.revisionDates(), page.lastReviewed());
        try {
            String cutOffAfter = page.looksCutOff() ? page.cutOff().after() : null;
            if (preview.existingId() == null) {
                long id = editing.createWithDates(content, dates, actor);
                editing.recordImportedPage(id, cutOffAfter);
                return new Result(source.name(), Outcome.CREATE, id, List.of());
            }
            long id = preview.existingId();
            List<String> notes = new ArrayList<>();
            DescriptionSummary current = editing.summary(id);
            if (!sameText(current.content(), content)) {
                editing.save(id, content, reviewed.seenVersion(), actor);
            }
            editing.recordImportedPage(id, cutOffAfter);
            if (admin) {
                classDates.replace(id, dates, actor);
            } else {
                notes.add(messages.getMessage("import.note.datesAdminOnly"));
            }
            return new Result(source.name(), preview.outcome(), id, notes);
        } catch (EditConflictException changedMeanwhile) {
            transaction.setRollbackOnly();
            return new Result(source.name(), Outcome.FAIL, preview.existingId(),
                    List.of(messages.getMessage("import.changedSinceReview")));
        } catch (DateRuleException refused) {
            transaction.setRollbackOnly();
            return new Result(source.name(), Outcome.FAIL, null, List.of(messages.getMessage(refused.messageKey())));
        } catch (DuplicateWorkingTitleException taken) {
            transaction.setRollbackOnly();
            return new Result(source.name(), Outcome.FAIL, null, List.of(messages.getMessage("form.workingTitle.taken")));
        } catch (OfficialTitleMismatchException mismatch) {
            transaction.setRollbackOnly();
            return new Result(source.name(), Outcome.FAIL, null, List.of(messages.getMessage("form.officialTitle.belongsToCode",
                    new Object[] {mismatch.code(), mismatch.officialTitle()})));
        }
    }

    private List<String> reasonsItCannotBeImported(LegacyPage page) {
        if (!page.looksLikeAClassDescription()) {
            return List.of(messages.getMessage("import.refused.notADescription"));
        }
        DescriptionForm form = DescriptionForm.withContent(page.toContent());
        if (page.monthsNumber() == null) {
            form.setMonths(null);
        }
        List<String> reasons = new ArrayList<>();
        for (ConstraintViolation<DescriptionForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            reasons.add(sectionName(field) + ": " + violation.getMessage());
        }
        reasons.sort(null);
        return reasons;
    }

    /** A form field named as the page names its section: "knowledgeSkillsAbilities" is "KNOWLEDGE, SKILLS, AND ABILITIES". */
    private String sectionName(String field) {
        return DescriptionSection.labelKeyOfField(field).map(messages::getMessage)
                .map(DescriptionSection::nameOf).orElseGet(() -> messages.getMessage("import.section.other"));
    }

    private static boolean sameDates(DescriptionContent current, DescriptionContent imported) {
        return Objects.equals(current.classEstablished(), imported.classEstablished())
                && current.revisionDates().equals(imported.revisionDates())
                && Objects.equals(current.lastReviewed(), imported.lastReviewed());
    }

    private static boolean sameText(DescriptionContent current, DescriptionContent imported) {
        return current.withDates(null, null, null).equals(imported.withDates(null, null, null));
    }

}
