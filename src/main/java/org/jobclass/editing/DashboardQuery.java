package org.jobclass.editing;

import java.util.Locale;

import org.jobclass.catalog.DescriptionStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the editors' dashboard lists: its filters (status, or everything waiting to be published; words of a title or
 * code; review due; grade), its order, and the page.
 *
 * @param pending drafts and published descriptions with unpublished changes, whatever the status filter
 */
public record DashboardQuery(DescriptionStatus status, boolean pending, String text, ReviewCycle.Due review, String grade,
                             Sort sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 50;

    /** The columns the dashboard sorts by, each with its SQL order. */
    public enum Sort {
        TITLE("lower(d.working_title) collate \"C\""), CODE("c.code collate \"C\""), STATUS("d.status"),
        CHANGED("d.updated_at"), REVIEWED("d.last_reviewed");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String orderBy(boolean descending) {
            String direction = descending ? " desc" : " asc";
            return column + direction + (this == REVIEWED ? (descending ? " nulls last" : " nulls first") : "")
                    + ", lower(d.working_title) collate \"C\", c.code collate \"C\", d.id";
        }
    }

    public DashboardQuery {
        text = text == null ? "" : text.strip();
        grade = grade == null || grade.isBlank() ? null : grade.strip();
        sort = sort == null ? Sort.TITLE : sort;
        page = Math.max(1, page);
    }

    /** The dashboard's address for this query on another page, or sorted by another column. */
    public String path(int toPage, Sort bySort, boolean byDescending) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/editor");
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (pending) {
            uri.queryParam("pending", "true");
        }
        if (!text.isEmpty()) {
            uri.queryParam("q", text);
        }
        if (review != null) {
            uri.queryParam("review", review.name());
        }
        if (grade != null) {
            uri.queryParam("grade", grade);
        }
        if (bySort != Sort.TITLE || byDescending) {
            uri.queryParam("sort", bySort.name().toLowerCase(Locale.ROOT));
        }
        if (byDescending) {
            uri.queryParam("dir", "desc");
        }
        if (toPage > 1) {
            uri.queryParam("page", toPage);
        }
        return uri.encode().build().toUriString();
    }

    /** The address that sorts by this column: ascending first, the other way when it is already sorted so. */
    public String sortPath(Sort column) {
        return path(1, column, column == sort && !descending);
    }
}
