package org.jobclass.editing;

import java.util.Locale;

import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.search.SearchWords;
import org.jobclass.search.WordSearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the editors' dashboard lists: its filters (status, or everything waiting to be published; words, in the
 * public search's syntax, found in every description's working copy; review due; grade), its order, and the page.
 *
 * @param pending drafts and published descriptions with unpublished changes, whatever the status filter
 * @param sort    the order; by default by relevance when there are words, by title otherwise
 */
public record DashboardQuery(DescriptionStatus status, boolean pending, String text, ReviewCycle.Due review, String grade,
                             Sort sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 50;

    /** The orders of the dashboard, each with its SQL order on the columns of its rows. */
    public enum Sort {
        /** What the words find, best first: only with words, and never the other way round. */
        RELEVANCE(null),
        TITLE("lower(%s.working_title) collate \"C\""), CODE("%s.code collate \"C\""), STATUS("%s.status"),
        CHANGED("%s.updated_at"), REVIEWED("%s.last_reviewed");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        /** The order, on the columns of the rows selected as {@code alias}. */
        String orderBy(boolean descending, String alias) {
            String first = this == RELEVANCE ? WordSearch.relevance(alias)
                    : column.formatted(alias) + (descending ? " desc" : " asc")
                    + (this == REVIEWED ? (descending ? " nulls last" : " nulls first") : "");
            return first + ", " + TITLE.column.formatted(alias) + ", " + CODE.column.formatted(alias) + ", " + alias + ".id";
        }
    }

    public DashboardQuery {
        text = new SearchWords(text).text();
        grade = grade == null || grade.isBlank() ? null : grade.strip();
        sort = sort == null || (sort == Sort.RELEVANCE && text.isEmpty()) ? defaultSort(text) : sort;
        descending = descending && sort != Sort.RELEVANCE;
        page = Math.max(1, page);
    }

    /** The words to find, in the public search's syntax. */
    public SearchWords words() {
        return new SearchWords(text);
    }

    /** Sorted by relevance unless another order is asked for. */
    public boolean sortedByRelevance() {
        return sort == Sort.RELEVANCE;
    }

    private static Sort defaultSort(String text) {
        return text.isEmpty() ? Sort.TITLE : Sort.RELEVANCE;
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
        if (bySort != defaultSort(text) || byDescending) {
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

    /** The address that sorts by relevance, which has no column. */
    public String relevancePath() {
        return path(1, Sort.RELEVANCE, false);
    }

    /** The address that sorts by this column: ascending first, the other way when it is already sorted so. */
    public String sortPath(Sort column) {
        return path(1, column, column == sort && !descending);
    }
}
