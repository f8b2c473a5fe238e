package org.jobclass.catalog;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which page of the catalog to list: one title range or all of them, optionally one grade, in one column's order.
 *
 * @param range null for every range
 * @param grade null for every grade
 * @param page  counted from 1
 */
public record ListingQuery(TitleRange range, String grade, ListingSort sort, int page) {

    public static final int PAGE_SIZE = 100;

    public ListingQuery {
        sort = sort == null ? ListingSort.TITLE : sort;
        page = Math.max(page, 1);
    }

    public ListingQuery withPage(int page) {
        return new ListingQuery(range, grade, sort, page);
    }

    /** The same titles in another order, from the first page. */
    public ListingQuery sortedBy(ListingSort sort) {
        return new ListingQuery(range, grade, sort, 1);
    }

    /** The listing's address, naming only what differs from the default listing. */
    public String path() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/classes");
        if (range != null) {
            uri.queryParam("range", range.getKey());
        }
        if (grade != null) {
            uri.queryParam("grade", grade);
        }
        if (sort != ListingSort.TITLE) {
            uri.queryParam("sort", sort.getKey());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
