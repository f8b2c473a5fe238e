package org.jobclass.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The columns a listing can be sorted by; each falls back on the title order. */
public enum ListingSort {
    TITLE("title", "p.title_sort_key collate \"C\", p.working_title collate \"C\", p.code"),
    CODE("code", "p.code collate \"C\", p.title_sort_key collate \"C\", p.working_title collate \"C\""),
    // Numeric grades in numeric order, then the lettered ones.
    GRADE("grade", "(p.grade !~ '^[0-9]+$'), lpad(p.grade, 10, '0') collate \"C\", p.title_sort_key collate \"C\", p.working_title collate \"C\", p.code");

    private final String key;
    private final String orderBy;

    ListingSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    public String getKey() {
        return key;
    }

    /**
     * The SQL order; across every range, titles filed under Other come after the letter ranges, as the ranges
     * line lists them.
     */
    String orderBy(boolean acrossRanges) {
        return this == TITLE && acrossRanges ? "(p.title_range = 'OTHER'), " + orderBy : orderBy;
    }

    public static Optional<ListingSort> fromKey(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equalsIgnoreCase(key)).findFirst();
    }
}
