package org.jobclass.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.validation.Errors;

/**
 * The audit log's filters as sent by its form (or by anyone, by hand): an action no page offers is ignored; a day that
 * is not one, or a last day before the first, is reported beside its field and not applied.
 */
public class AuditFilterForm {

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private String action = "";
    private String actor = "";
    private String q = "";
    private String from = "";
    private String to = "";
    private int page;

    /** The filters that can be applied; what cannot is reported in {@code errors}. */
    AuditFilter filter(Errors errors) {
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.rejectValue("to", "audit.filter.error.order");
            first = null;
            last = null;
        }
        AuditAction chosen = Arrays.stream(AuditAction.values()).filter(candidate -> candidate.name().equals(action))
                .findFirst().orElse(null);
        return new AuditFilter(chosen, actor, q, first, last);
    }

    private static LocalDate day(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException notADay) {
            // reported below
        }
        errors.rejectValue(field, "audit.filter.error.date");
        return null;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
