package org.jobclass.editing;

import java.util.List;

import org.jobclass.catalog.PageLink;

/** A page of the dashboard: its rows, how many descriptions match in all, and the links to the other pages. */
public record DashboardPage(DashboardQuery query, List<DashboardRow> rows, int total) {

    public int pageCount() {
        return Math.max(1, (total + DashboardQuery.PAGE_SIZE - 1) / DashboardQuery.PAGE_SIZE);
    }

    public List<PageLink> pageLinks() {
        return PageLink.around(query.page(), pageCount(), number -> query.path(number, query.sort(), query.descending()));
    }

    /** How a column header is marked for assistive technology: "ascending", "descending" or "none". */
    public String ariaSort(String column) {
        return DashboardQuery.Sort.valueOf(column) != query.sort() ? "none" : query.descending() ? "descending" : "ascending";
    }

    /** The address that sorts by this column (see {@link DashboardQuery#sortPath}). */
    public String sortPath(String column) {
        return query.sortPath(DashboardQuery.Sort.valueOf(column));
    }
}
