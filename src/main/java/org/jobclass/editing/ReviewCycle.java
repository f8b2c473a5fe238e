package org.jobclass.editing;

import java.time.Clock;
import java.time.LocalDate;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often each class description is due for review, and which are due: never reviewed, overdue (last reviewed
 * longer ago than the interval), or due within the next {@value #DUE_SOON_DAYS} days.
 */
@Service
@Transactional(readOnly = true)
public class ReviewCycle {

    public static final int DUE_SOON_DAYS = 90;
    public static final int DEFAULT_MONTHS = 36;

    public enum Due { OVERDUE, DUE_SOON, NEVER }

    /** How many descriptions (not retired) are in each state of review. */
    public record Counts(int overdue, int dueSoon, int never, int intervalMonths) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ReviewCycle(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a change reaches the public only once a second person approves it. */
    public boolean approvalRequired() {
        return jdbc.sql("select approval_required from plan_settings where id = 1").query(Boolean.class).optional()
                .orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setApprovalRequired(boolean required, String actor) {
        boolean before = approvalRequired();
        jdbc.sql("update plan_settings set approval_required = :required where id = 1").param("required", required).update();
        if (before != required) {
            audit.record(actor, AuditAction.APPROVAL_SETTING_CHANGED, AuditSubject.PLAN, null, "approval",
                    java.util.List.of(new FieldChange("approvalRequired", String.valueOf(before), String.valueOf(required))));
        }
    }

    /** Both settings of the plan, saved together: one action. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPlan(int reviewIntervalMonths, boolean approvalRequired, String actor) {
        setIntervalMonths(reviewIntervalMonths, actor);
        setApprovalRequired(approvalRequired, actor);
    }

    public int intervalMonths() {
        return jdbc.sql("select review_interval_months from plan_settings where id = 1").query(Integer.class).optional()
                .orElse(DEFAULT_MONTHS);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setIntervalMonths(int months, String actor) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("A review interval is 1 to 120 months");
        }
        int before = intervalMonths();
        jdbc.sql("update plan_settings set review_interval_months = :months where id = 1").param("months", months).update();
        if (before != months) {
            audit.record(actor, AuditAction.REVIEW_INTERVAL_CHANGED, AuditSubject.PLAN, null, "review interval",
                    java.util.List.of(new FieldChange("reviewIntervalMonths", String.valueOf(before), String.valueOf(months))));
        }
    }

    public Counts counts() {
        int months = intervalMonths();
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select count(*) filter (where last_reviewed is null) as never,
                               count(*) filter (where last_reviewed < :overdueBefore) as overdue,
                               count(*) filter (where last_reviewed >= :overdueBefore and last_reviewed < :dueBefore) as due_soon
                        from class_description where status <> 'RETIRED'
                        """)
                .param("overdueBefore", today.minusMonths(months))
                .param("dueBefore", today.plusDays(DUE_SOON_DAYS).minusMonths(months))
                .query((row, number) -> new Counts(row.getInt("overdue"), row.getInt("due_soon"), row.getInt("never"), months))
                .single();
    }

    /** The SQL condition on {@code d} (a class description) for this state, with the interval and today filled in. */
    String condition(Due due) {
        LocalDate today = LocalDate.now(clock);
        int months = intervalMonths();
        String overdueBefore = "date '" + today.minusMonths(months) + "'";
        String dueBefore = "date '" + today.plusDays(DUE_SOON_DAYS).minusMonths(months) + "'";
        return "d.status <> 'RETIRED' and " + switch (due) {
            case NEVER -> "d.last_reviewed is null";
            case OVERDUE -> "d.last_reviewed < " + overdueBefore;
            case DUE_SOON -> "d.last_reviewed >= " + overdueBefore + " and d.last_reviewed < " + dueBefore;
        };
    }
}
