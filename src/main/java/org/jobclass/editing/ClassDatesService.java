package org.jobclass.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionPublisher;
import org.jobclass.catalog.DescriptionStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' dates of a class: Class Established, Date(s) Revised and Last Reviewed. No date lies in the
 * future or before the class was established. On a published description a change shows on the public
 * page at once, as a new revision of what was published, without publishing the editors' pending edits.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ClassDatesService {

    static final String ESTABLISHED = "established";
    static final String REVISED = "revisedOn";
    static final String REVIEWED = "reviewedOn";

    private final ClassDescriptionRepository descriptions;
    private final DescriptionPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    ClassDatesService(ClassDescriptionRepository descriptions, DescriptionPublisher publisher, AuditLog audit, Clock clock) {
        this.descriptions = descriptions;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void setClassEstablished(long id, YearMonth established, String actor) {
        change(id, actor, description -> {
            if (established != null) {
                if (established.isAfter(YearMonth.now(clock))) {
                    throw new DateRuleException(ESTABLISHED, "dates.error.future");
                }
                boolean revisedEarlier = description.getRevisionDates().stream()
                        .anyMatch(revised -> YearMonth.from(revised).isBefore(established));
                boolean reviewedEarlier = description.getLastReviewed() != null
                        && YearMonth.from(description.getLastReviewed()).isBefore(established);
                if (revisedEarlier || reviewedEarlier) {
                    throw new DateRuleException(ESTABLISHED, "dates.error.afterLaterDates");
                }
            }
            description.setClassEstablished(established);
        });
    }

    public void addRevisionDate(long id, LocalDate revised, String actor) {
        change(id, actor, description -> {
            requirePastAndAfterEstablishment(description, revised, REVISED);
            description.addRevisionDate(revised);
        });
    }

    public void removeRevisionDate(long id, LocalDate revised, String actor) {
        change(id, actor, description -> description.removeRevisionDate(revised));
    }

    public void setLastReviewed(long id, LocalDate reviewed, String actor) {
        change(id, actor, description -> {
            if (reviewed != null) {
                requirePastAndAfterEstablishment(description, reviewed, REVIEWED);
            }
            description.setLastReviewed(reviewed);
        });
    }

    /**
     * Records that each of these descriptions was reviewed today: one action, all or nothing (a description that could
     * not have been reviewed today, established after it, refuses it for all).
     */
    public int markReviewedToday(List<Long> ids, String actor) {
        List<Long> ordered = ids.stream().distinct().sorted().toList();
        ordered.forEach(id -> setLastReviewed(id, today(), actor));
        return ordered.size();
    }

    /** Sets all three dates at once, as an imported page records them; refused as a whole when they do not fit. */
    public void replace(long id, ClassDates dates, String actor) {
        change(id, actor, description -> {
            dates.violation(today()).ifPresent(key -> {
                throw new DateRuleException(REVISED, key);
            });
            description.setClassEstablished(dates.established());
            List.copyOf(description.getRevisionDates()).forEach(description::removeRevisionDate);
            dates.revised().forEach(description::addRevisionDate);
            description.setLastReviewed(dates.reviewed());
        });
    }

    private void requirePastAndAfterEstablishment(ClassDescription description, LocalDate date, String field) {
        if (date.isAfter(today())) {
            throw new DateRuleException(field, "dates.error.future");
        }
        YearMonth established = description.getClassEstablished();
        if (established != null && date.isBefore(established.atDay(1))) {
            throw new DateRuleException(field, "dates.error.beforeEstablished");
        }
    }

    /** One date change, made after any other change to the description under way (its row is locked). */
    private void change(long id, String actor, Consumer<ClassDescription> change) {
        ClassDescription description = descriptions.findCompleteForChange(id)
                .orElseThrow(() -> new DescriptionNotFoundException(id));
        DescriptionContent before = DescriptionContent.of(description);
        change.accept(description);
        List<FieldChange> changes = ContentChanges.datesBetween(before, DescriptionContent.of(description));
        if (changes.isEmpty()) {
            return;
        }
        String detail = null;
        if (description.getStatus() == DescriptionStatus.PUBLISHED) {
            detail = "republished as revision " + publisher.republishDates(description, actor, "Dates changed").getNumber();
        }
        descriptions.saveAndFlush(description);
        audit.record(actor, AuditAction.DATES_CHANGED, AuditSubject.DESCRIPTION, id,
                description.getJobClass().getCode() + " " + description.getWorkingTitle(), detail, changes);
    }
}
