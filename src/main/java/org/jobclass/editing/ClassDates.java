package org.jobclass.editing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A class's dates as a whole: Class Established, Date(s) Revised and Last Reviewed. */
public record ClassDates(YearMonth established, List<LocalDate> revised, LocalDate reviewed) {

    public ClassDates {
        revised = revised == null ? List.of() : List.copyOf(revised);
    }

    /** Why these dates cannot be right together, as a message key; empty when they can. */
    public java.util.Optional<String> violation(LocalDate today) {
        boolean future = (established != null && established.isAfter(YearMonth.from(today)))
                || revised.stream().anyMatch(date -> date.isAfter(today))
                || (reviewed != null && reviewed.isAfter(today));
        if (future) {
            return java.util.Optional.of("dates.error.future");
        }
        if (established != null) {
            LocalDate first = established.atDay(1);
            if (revised.stream().anyMatch(date -> date.isBefore(first)) || (reviewed != null && reviewed.isBefore(first))) {
                return java.util.Optional.of("dates.error.beforeEstablished");
            }
        }
        return java.util.Optional.empty();
    }
}
