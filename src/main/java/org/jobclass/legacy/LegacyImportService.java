package org.jobclass.legacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.editing.ClassDates;
import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.DateRuleException;
import org.jobclass.editing.DescriptionForm;
import org.jobclass.editing.DescriptionSummary;
import org.jobclass.editing.DuplicateWorkingTitleException;
import org.jobclass.editing.EditingService;
import org.jobclass.editing.OfficialTitleMismatchException;
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

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("code", "CODE"), Map.entry("officialTitle", "OFFICIAL TITLE"),
            Map.entry("workingTitle", "WORKING TITLE"), Map.entry("sqOq", "SQ/OQ"), Map.entry("grade", "GRADE"),
            Map.entry("months", "MONTHS"), Map.entry("summary", "SUMMARY DESCRIPTION"),
            Map.entry("duties", "EXAMPLES OF DUTIES"));

    private final LegacyPageParser parser = new LegacyPageParser();
    private final EditingService editing;
    private final ClassDatesService classDates;
    private final Validator validator;
    private final MessageSourceAccessor messages;

    private final TransactionTemplate onePage;
    private final Clock clock;

    LegacyImportService(EditingService editing, ClassDatesService classDates, Validator validator, MessageSourceAccessor messages,
                        PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.onePage = new TransactionTemplate(transactions);
        this.editing = editing;
        this.classDates = classDates;
        this.validator = validator;
        this.messages = messages;
    }

    public enum Outcome { CREATE, UPDATE, UNCHANGED, FAIL }

    /** One page to import: its name (the file's, or "Pasted text") and its text, or why it was refused unread. */
    public record Source(String name, String text, String refusalKey) {

        public static Source of(String name, String text) {
            return new Source(name, text, null);
        }
    }

    public record Preview(String name, String text, LegacyPage page, Outcome outcome, Long existingId, List<String> reasons) {
    }

    public record Result(String name, Outcome outcome, Long descriptionId, List<String> reasons) {
    }

    /** What each page would become; for an admin, a page that only changes dates is an update too. */
    public List<Preview> preview(List<Source> sources, boolean admin) {
        return sources.stream().map(source -> preview(source, admin)).toList();
    }

    /** Imports each page in a transaction of its own: a page either changes everything it says, or nothing. */
    public List<Result> importAll(List<Source> sources, String actor, boolean admin) {
        List<Result> results = new ArrayList<>();
        for (Source source : sources) {
            results.add(onePage.execute(status -> importOne(source, actor, admin, status)));
        }
        return results;
    }

    private Preview preview(Source source, boolean admin) {
        if (source.refusalKey() != null) {
            return new Preview(source.name(), null, null, Outcome.FAIL, null, List.of(messages.getMessage(source.refusalKey())));
        }
        LegacyPage page = parser.parse(source.text());
        List<String> reasons = reasonsItCannotBeImported(page);
        if (!reasons.isEmpty()) {
            return new Preview(source.name(), source.text(), page, Outcome.FAIL, null, reasons);
        }
        Optional<Long> existing = editing.findByCodeAndWorkingTitle(page.code(), page.workingTitle());
        Optional<String> datesRefused = new ClassDates(page.classEstablished(), page.revisionDates(), page.lastReviewed())
                .violation(LocalDate.now(clock));
        if (datesRefused.isPresent() && (existing.isEmpty() || admin)) {
            return new Preview(source.name(), source.text(), page, Outcome.FAIL, null,
                    List.of(messages.getMessage(datesRefused.get())));
        }
        Outcome outcome = existing.map(id -> {
            DescriptionContent current = editing.summary(id).content();
            boolean same = sameText(current, page.toContent()) && (!admin || sameDates(current, page.toContent()));
            return same ? Outcome.UNCHANGED : Outcome.UPDATE;
        }).orElse(Outcome.CREATE);
        return new Preview(source.name(), source.text(), page, outcome, existing.orElse(null), List.of());
    }

    /** One page: checked whole before the first write, and rolled back whole when any step is refused. */
    private Result importOne(Source source, String actor, boolean admin, TransactionStatus transaction) {
        Preview preview = preview(source, admin);
        if (preview.outcome() == Outcome.FAIL) {
            return new Result(source.name(), Outcome.FAIL, null, preview.reasons());
        }
        LegacyPage page = preview.page();
        DescriptionContent content = page.toContent();
        ClassDates dates = new ClassDates(page.classEstablished(), page.revisionDates(), page.lastReviewed());
        try {
            if (preview.existingId() == null) {
                long id = editing.createWithDates(content, dates, actor);
                return new Result(source.name(), Outcome.CREATE, id, List.of());
            }
            long id = preview.existingId();
            List<String> notes = new ArrayList<>();
            DescriptionSummary current = editing.summary(id);
            if (!sameText(current.content(), content)) {
                editing.save(id, content, current.version(), actor);
            }
            if (admin) {
                classDates.replace(id, dates, actor);
            } else {
                notes.add(messages.getMessage("import.note.datesAdminOnly"));
            }
            return new Result(source.name(), preview.outcome(), id, notes);
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
            reasons.add(FIELD_LABELS.getOrDefault(field, field) + ": " + violation.getMessage());
        }
        reasons.sort(null);
        return reasons;
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
