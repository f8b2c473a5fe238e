package org.jobclass.catalog;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Dates as class description pages show them: month and year, "6/2022". */
public final class PageDates {

    public static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("M/yyyy");

    private PageDates() {
    }

    /** The date as the page shows it, or an empty text when there is none. */
    public static String format(TemporalAccessor date) {
        return date == null ? "" : MONTH_YEAR.format(date);
    }
}
