package org.jobclass.search;

import java.util.List;
import java.util.Optional;

import org.jobclass.catalog.CatalogOverview;
import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.CatalogState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds published class descriptions by words, misspelt titles, codes and filters. */
@Service
public class SearchService {

    private static final int CLOSE_TITLES = 5;

    private final SearchIndex index;
    private final CatalogService catalog;

    SearchService(SearchIndex index, CatalogService catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /** The catalog's state, which names a search's results. */
    public CatalogState state() {
        return catalog.overview().state();
    }

    /** The official class whose code was typed, with or without its leading zeros. */
    public Optional<String> codeTyped(SearchQuery query) {
        return query.code().flatMap(catalog::codeNumbered);
    }

    /**
     * A page of the published descriptions that match the words and filters, in the search's order, or of all of them
     * when the query names none: what other systems page through. Nothing is highlighted.
     */
    @Transactional(readOnly = true)
    public SearchResults listing(SearchQuery query) {
        SearchIndex.Page page = index.find(query);
        List<SearchResult> results = page.found().stream()
                .map(found -> new SearchResult(found.code(), found.slug(), found.workingTitle(), found.officialTitle(),
                        found.grade(), found.months(), null, null))
                .toList();
        return new SearchResults(query, null, results, page.total(), List.of());
    }

    /** A page of results with their highlights; when nothing matched, the titles closest to the words typed. */
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        CatalogOverview overview = catalog.overview();
        if (query.isEmpty()) {
            return new SearchResults(query, overview, List.of(), 0, List.of());
        }
        SearchIndex.Page page = index.find(query);
        var highlights = index.highlights(query, page.found().stream().map(SearchIndex.Found::descriptionId).toList());
        List<SearchResult> results = page.found().stream()
                .map(found -> {
                    Highlighted[] marked = highlights.get(found.descriptionId());
                    return new SearchResult(found.code(), found.slug(), found.workingTitle(), found.officialTitle(),
                            found.grade(), found.months(), marked[0], marked[1]);
                })
                .toList();
        List<org.jobclass.catalog.CatalogEntry> close = page.total() == 0 && query.hasText()
                ? index.closeTitles(query.words().titleWords(), CLOSE_TITLES) : List.of();
        return new SearchResults(query, overview, results, page.total(), close);
    }
}
