package org.jobclass.editing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jobclass.audit.FieldChange;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.PageDates;
import org.jobclass.catalog.QualificationKind;

/** The fields in which two versions of a description differ, with their values before and after. */
public final class ContentChanges {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private ContentChanges() {
    }

    /** Every field of {@code after}, as changes from nothing: what a new description was created with. */
    static List<FieldChange> created(DescriptionContent after) {
        return between(null, after);
    }

    public static List<FieldChange> between(DescriptionContent before, DescriptionContent after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "officialTitle", before == null ? null : before.officialTitle(), after.officialTitle());
        compare(changes, "code", before == null ? null : before.code(), after.code());
        compare(changes, "sqOq", before == null ? null : before.sqOq(), after.sqOq());
        compare(changes, "workingTitle", before == null ? null : before.workingTitle(), after.workingTitle());
        compare(changes, "grade", before == null ? null : before.grade(), after.grade());
        compare(changes, "months", before == null ? null : String.valueOf(before.months()), String.valueOf(after.months()));
        compare(changes, "summary", before == null ? null : before.summary(), after.summary());
        for (QualificationKind kind : QualificationKind.values()) {
            compare(changes, kind.name(), before == null ? null : before.qualification(kind), after.qualification(kind));
        }
        compare(changes, "overtimeEligible", before == null ? null : stated(before.overtimeEligible()),
                stated(after.overtimeEligible()));
        List<String> oldDuties = before == null ? List.of() : before.duties();
        for (int i = 0; i < Math.max(oldDuties.size(), after.duties().size()); i++) {
            compare(changes, "duty " + (i + 1), i < oldDuties.size() ? oldDuties.get(i) : null,
                    i < after.duties().size() ? after.duties().get(i) : null);
        }
        changes.addAll(datesBetween(before, after));
        return changes;
    }

    static List<FieldChange> datesBetween(DescriptionContent before, DescriptionContent after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "classEstablished", before == null ? null : month(before.classEstablished()),
                month(after.classEstablished()));
        compare(changes, "datesRevised", before == null ? null : days(before.revisionDates()), days(after.revisionDates()));
        compare(changes, "lastReviewed", before == null ? null : day(before.lastReviewed()), day(after.lastReviewed()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        String oldValue = emptyToNull(before);
        String newValue = emptyToNull(after);
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, oldValue, newValue));
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Overtime eligibility as recorded: "true", "false", or null when not stated. */
    private static String stated(Boolean overtimeEligible) {
        return overtimeEligible == null ? null : overtimeEligible.toString();
    }

    private static String month(YearMonth month) {
        return month == null ? null : PageDates.format(month);
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private static String days(List<LocalDate> dates) {
        return dates.stream().map(DAY::format).collect(Collectors.joining(", "));
    }
}
