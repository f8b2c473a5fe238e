package org.jobclass.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's pay: salary schedules loaded by admins from CSV, each with the day it takes effect, earlier ones kept;
 * and what a grade pays on a day, under the schedule then in effect.
 */
@Service
@Transactional(readOnly = true)
public class PayService {

    private final SalarySchedules schedules;
    private final AuditLog audit;
    private final Clock clock;
    private final PayFormat format;

    PayService(SalarySchedules schedules, AuditLog audit, Clock clock, PayFormat format) {
        this.format = format;
        this.schedules = schedules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first. */
    public List<SalarySchedule> schedules() {
        return schedules.all();
    }

    public Optional<SalarySchedule> schedule(long id) {
        return schedules.find(id);
    }

    /** What this grade pays under the schedule in effect today; empty when no schedule gives the grade. */
    public Optional<PayRange> rangeToday(String grade) {
        return rangeOn(grade, LocalDate.now(clock));
    }

    /** A range written as a class page shows it. */
    public PayLine line(PayRange range) {
        return new PayLine(range.grade(), format.amount(range.minimum()), format.amount(range.maximum()), range.scheduleId(),
                range.scheduleName());
    }

    /** Every grade's range under the schedule in effect today, for reading many descriptions at once. */
    public java.util.Map<String, PayRange> rangesToday() {
        return schedules.rangesOn(LocalDate.now(clock));
    }

    public String currency() {
        return format.currencyCode();
    }

    /** What this grade paid under the schedule in effect on this day. */
    public Optional<PayRange> rangeOn(String grade, LocalDate day) {
        return grade == null || grade.isBlank() ? Optional.empty() : schedules.rangeOn(grade.strip(), day);
    }

    /** A loaded schedule's id, or the problems of its CSV (then nothing is loaded). */
    public record Loaded(Long id, List<PayCsv.Problem> problems) {
    }

    /** Loads a schedule from CSV, whole or not at all. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Loaded load(String name, LocalDate effectiveOn, String csv, String actor) {
        PayCsv.Read read = PayCsv.read(csv);
        if (!read.problems().isEmpty()) {
            return new Loaded(null, read.problems());
        }
        long id = schedules.insert(name.strip(), effectiveOn, actor, read.rows());
        audit.record(actor, AuditAction.SALARY_SCHEDULE_LOADED, AuditSubject.SALARY_SCHEDULE, id, name.strip(),
                "effective " + effectiveOn + ", " + read.rows().size() + " grades", List.of());
        return new Loaded(id, List.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long id, String actor) {
        schedules.find(id).ifPresent(schedule -> {
            schedules.delete(id);
            audit.record(actor, AuditAction.SALARY_SCHEDULE_REMOVED, AuditSubject.SALARY_SCHEDULE, id, schedule.name(),
                    "effective " + schedule.effectiveOn(), List.of());
        });
    }

    /** A schedule as CSV, in the form it is loaded from. */
    public Optional<String> csv(long id) {
        return schedules.find(id).map(schedule -> PayCsv.write(schedule.ranges()));
    }
}
