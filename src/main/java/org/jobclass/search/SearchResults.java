package org.jobclass.search;

import java.util.List;

import org.jobclass.catalog.CatalogEntry;
import org.jobclass.catalog.CatalogOverview;
import org.jobclass.catalog.PageLink;

/**
 * A page of results, how many there are in all, and, when nothing matched, the published titles closest to the
 * words typed.
 */
public record SearchResults(SearchQuery query, CatalogOverview overview, List<SearchResult> results, int total,
                            List<CatalogEntry> closeTitles) {

    public SearchResults {
        results = List.copyOf(results);
        closeTitles = List.copyOf(closeTitles);
    }

    public int pageCount() {
        return Math.max(1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    public int first() {
        return (query.page() - 1) * SearchQuery.PAGE_SIZE + 1;
    }

    public int last() {
        return first() + results.size() - 1;
    }

    public List<PageLink> pageLinks() {
        return PageLink.around(query.page(), pageCount(), number -> query.withPage(number).path());
    }
}
