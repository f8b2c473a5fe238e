package org.jobclass.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import java.util.function.Consumer;

import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.CatalogState;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.pay.PayService;
import org.jobclass.history.HistoryService;
import org.jobclass.search.SearchQuery;
import org.jobclass.search.SearchResults;
import org.jobclass.search.SearchService;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The published plan for other systems: pages of classes found as the search finds them, official classes, each
 * published description whole, its revisions and the revision public on a given day. Published content only.
 */
@Service
public class OpenDataService {

    private final CatalogService catalog;
    private final SearchService search;
    private final HistoryService history;
    private final MessageSourceAccessor messages;
    private final ApiPaths paths;
    private final PayService pay;
    private final Clock clock;

    OpenDataService(CatalogService catalog, SearchService search, HistoryService history, MessageSourceAccessor messages,
                    ApiPaths paths, PayService pay, Clock clock) {
        this.pay = pay;
        this.clock = clock;
        this.catalog = catalog;
        this.search = search;
        this.history = history;
        this.messages = messages;
        this.paths = paths;
    }

    /** A page of the published classes matching the query, all of them when it names nothing. */
    public ApiPage classes(SearchQuery query) {
        SearchResults results = search.listing(query);
        List<ApiClassSummary> items = results.results().stream()
                .map(result -> new ApiClassSummary(result.code(), result.slug(), result.workingTitle(), result.officialTitle(),
                        result.grade(), result.months(), paths.description(result.code(), result.slug()),
                        paths.page(result.code(), result.slug())))
                .toList();
        int pageCount = results.pageCount();
        return new ApiPage(items, query.page(), SearchQuery.PAGE_SIZE, results.total(), pageCount,
                query.page() < pageCount ? listPath(query, query.page() + 1) : null,
                query.page() > 1 && query.page() <= pageCount ? listPath(query, query.page() - 1) : null);
    }

    private static String listPath(SearchQuery query, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(ApiPaths.BASE + "/classes");
        if (query.hasText()) {
            uri.queryParam("q", query.text());
        }
        if (query.grade() != null) {
            uri.queryParam("grade", query.grade());
        }
        if (query.months() != null) {
            uri.queryParam("months", query.months());
        }
        if (query.overtime() != null) {
            uri.queryParam("overtime", query.overtime().key());
        }
        if (query.sqOq() != null) {
            uri.queryParam("sqOq", query.sqOq());
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    /** An official class and its published working titles; empty when nothing is published under the code. */
    public Optional<ApiOfficialClass> officialClass(String code) {
        return catalog.officialClass(code).map(found -> new ApiOfficialClass(found.code(), found.officialTitle(),
                found.entries().stream().map(entry -> new ApiOfficialClass.WorkingTitle(entry.workingTitle(), entry.slug(),
                        entry.grade(), paths.description(entry.code(), entry.slug()), paths.page(entry.code(), entry.slug())))
                        .toList()));
    }

    /**
     * The description published at this address as the public sees it now.
     *
     * @throws ApiProblemException gone when it was retired, not found when nothing was ever published there
     */
    public ApiClassDescription current(String code, String slug) {
        return catalog.classPage(code, slug).map(page -> {
                    DescriptionContent content = page.content();
                    return ApiClassDescription.of(content, slug, page.revisionNumber(), page.publishedAt(),
                            ApiPay.of(pay.rangeToday(content.grade()).orElse(null), pay.currency()), paths, slug);
                })
                .orElseThrow(() -> catalog.retiredAt(code, slug)
                        .map(retired -> ApiProblemException.gone("api.gone", code, slug, retired.retiredAt().toString()))
                        .orElseGet(() -> ApiProblemException.notFound("api.notFound.description", code, slug)));
    }

    /** Every published revision of the description at this address, newest first; empty when none is published there. */
    public Optional<List<ApiRevision>> revisions(String code, String slug) {
        return history.publishedDescriptionAt(code, slug).map(id -> history.history(id).stream()
                .map(revision -> new ApiRevision(revision.number(), revision.publishedAt(),
                        revision.changedSections().stream().map(this::sectionName).toList(),
                        paths.revision(code, slug, revision.number())))
                .toList());
    }

    /** Revision {@code number} of the description published at this address, exactly as it was published. */
    public Optional<ApiClassDescription> revision(String code, String slug, int number) {
        return revision(code, slug, number, LocalDate.now(clock));
    }

    /** A revision, with the pay of its grade under the schedule in effect on the day given. */
    private Optional<ApiClassDescription> revision(String code, String slug, int number, LocalDate payDay) {
        return history.publishedDescriptionAt(code, slug).flatMap(id -> history.publishedRevision(id, number))
                .map(revision -> ApiClassDescription.of(revision.content(), revision.slug(), revision.number(),
                        revision.publishedAt(), ApiPay.of(pay.rangeOn(revision.content().grade(), payDay).orElse(null),
                                pay.currency()), paths, slug));
    }

    /**
     * The revision of the description at this address that was public at the end of this day (in the office's time
     * zone); empty when it was first published later.
     */
    public Optional<ApiClassDescription> asOf(String code, String slug, LocalDate day) {
        return history.numberPublicOn(code, slug, day).flatMap(number -> revision(code, slug, number, day));
    }

    /** The catalog's state, which names a download of it. */
    public CatalogState catalogState() {
        return catalog.overview().state();
    }

    /**
     * Hands every published description, whole and in the API's shape, to {@code each}: all read in one snapshot of
     * the catalog, a batch at a time, so that a mirror gets one consistent plan of any size.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void eachPublishedDescription(Consumer<ApiClassDescription> each) {
        java.util.Map<String, org.jobclass.pay.PayRange> ranges = pay.rangesToday();
        catalog.eachPublished(published -> each.accept(ApiClassDescription.of(published.content(), published.slug(),
                published.revisionNumber(), published.publishedAt(),
                ApiPay.of(ranges.get(published.content().grade()), pay.currency()), paths, published.slug())));
    }

    private String sectionName(String labelKey) {
        return DescriptionSection.nameOf(messages.getMessage(labelKey));
    }
}
