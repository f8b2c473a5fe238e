package org.jobclass.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read: the published revisions of published class descriptions, nothing else. Each read
 * costs the same whatever the catalog's size: listings are paged in SQL, a class page reads its own revision,
 * and what every page shows of the catalog as a whole is computed once per catalog version.
 */
@Service
public class CatalogService {

    /** How many codes a page of the index of codes lists. */
    public static final int CODES_PER_PAGE = 100;

    private final PublishedCatalog published;
    private final DescriptionRevisionRepository revisions;
    private final DescriptionContentJson json;
    private final SharedFreshRead<CatalogState> state;
    private final Cache<Long, CatalogOverview> overviews = Caffeine.newBuilder().maximumSize(4).build();
    /** Where each class page is published, by catalog version: only addresses where something is published. */
    private final Cache<PublishedAddress.Key, PublishedAddress> addresses = Caffeine.newBuilder()
            .maximumSize(50_000).executor(Runnable::run).build();

    private final java.time.Clock clock;
    private final StatusChanges statusChanges;

    CatalogService(PublishedCatalog published, DescriptionRevisionRepository revisions, DescriptionContentJson json,
                   java.time.Clock clock, StatusChanges statusChanges) {
        this.clock = clock;
        this.statusChanges = statusChanges;
        this.published = published;
        this.revisions = revisions;
        this.json = json;
        this.state = new SharedFreshRead<>(published::state);
    }

    /** The catalog as it stands now, in brief. */
    public CatalogOverview overview() {
        return overview(state.get());
    }

    private CatalogOverview overview(CatalogState state) {
        return overviews.get(state.version(), version -> published.overview(state));
    }

    /** A page of the listing, with the catalog in brief; empty when the page lies beyond the last one. */
    public Optional<Listing> listing(ListingQuery query) {
        CatalogOverview overview = overview();
        ListingPage page = published.listing(query);
        return page.page() > page.pageCount() ? Optional.empty() : Optional.of(new Listing(overview, page));
    }

    /** A page of the listing and the catalog, in brief, at the same version. */
    public record Listing(CatalogOverview overview, ListingPage page) {
    }

    /**
     * The class page published at this address: which revision it shows and how the ranges line reads. The
     * content itself is read only when the page has to be rendered.
     */
    public Optional<ClassPage> classPage(String code, String slug) {
        PublishedAddress known = addresses.getIfPresent(new PublishedAddress.Key(state.get().version(), code, slug));
        Optional<PublishedAddress> address = known != null ? Optional.of(known) : published.at(code, slug);
        address.ifPresent(found -> addresses.put(found.key(code, slug), found));
        return address.map(found -> new ClassPage(found, overview(found.state())));
    }

    /** A published description's page: its revision, the catalog around it and, read on demand, its content. */
    public final class ClassPage {

        private final PublishedAddress address;
        private final CatalogOverview overview;

        private ClassPage(PublishedAddress address, CatalogOverview overview) {
            this.address = address;
            this.overview = overview;
        }

        public long revisionId() {
            return address.revisionId();
        }

        public int revisionNumber() {
            return address.revisionNumber();
        }

        public Instant publishedAt() {
            return address.publishedAt();
        }

        public CatalogOverview overview() {
            return overview;
        }

        /**
         * What names the page as rendered: its revision, what its ranges line shows, the salary schedules (by their
         * version) and the day, since the schedule in effect changes with it, and the catalog's version, since the
         * page lists related classes.
         */
        public String pageKey() {
            return address.revisionId() + ":" + overview.rangesSignature() + ":pay" + address.payVersion() + ":"
                    + java.time.LocalDate.now(clock) + ":catalog" + address.state().version();
        }

        /** When the page last changed: its publication, or a later change of the ranges line. */
        public Instant lastModified() {
            Instant catalogChanged = address.state().changedAt();
            return catalogChanged.isAfter(address.publishedAt()) ? catalogChanged : address.publishedAt();
        }

        public DescriptionContent content() {
            return json.read(published.contentOf(address.revisionId()));
        }
    }

    /** The published content at this address, or empty when nothing is published there. */
    public Optional<DescriptionContent> publishedDescription(String code, String slug) {
        return classPage(code, slug).map(ClassPage::content);
    }

    /** Where a description once published at this address is published now, after a change of title or code. */
    @Transactional(readOnly = true)
    public Optional<CatalogEntry> currentAddressOf(String code, String slug) {
        return revisions.findFormerlyPublishedAt(code, slug)
                .map(revision -> new CatalogEntry(revision.getWorkingTitle(), revision.getCode(), revision.getGrade(),
                        revision.getSlug()));
    }

    /** A class description taken off the public site: what it was, and when it was retired. */
    public record Retirement(String code, String slug, String workingTitle, Instant retiredAt) {
    }

    /** The description retired from this address, if one was. */
    @Transactional(readOnly = true)
    public Optional<Retirement> retiredAt(String code, String slug) {
        return revisions.findRetiredAt(code, slug).map(revision -> new Retirement(revision.getCode(), revision.getSlug(),
                revision.getWorkingTitle(), statusChanges.lastRetired(revision.getDescription().getId())
                        .orElse(revision.getDescription().getUpdatedAt())));
    }

    /** When a description was last retired. */
    public Optional<Instant> retirementOf(long descriptionId) {
        return statusChanges.lastRetired(descriptionId);
    }

    /** An official class and its published working titles, with the catalog in brief. */
    public Optional<OfficialClass> officialClass(String code) {
        CatalogOverview overview = overview();
        List<CatalogEntry> entries = published.byCode(code);
        return entries.isEmpty() ? Optional.empty()
                : Optional.of(new OfficialClass(overview, code, published.officialTitle(code).orElse(""), entries));
    }

    /** An official class and its published working titles. */
    public record OfficialClass(CatalogOverview overview, String code, String officialTitle, List<CatalogEntry> entries) {
    }

    /** The published code that is this number, however many leading zeros it is written with. */
    public Optional<String> codeNumbered(String digits) {
        return published.codeNumbered(digits);
    }

    /** A page of the index of codes, with the catalog in brief; empty when the page lies beyond the last one. */
    public Optional<CodeIndex> codeIndex(int page) {
        CatalogOverview overview = overview();
        int codes = published.codeCount();
        int pageCount = Math.max(1, (codes + CODES_PER_PAGE - 1) / CODES_PER_PAGE);
        if (page < 1 || page > pageCount) {
            return Optional.empty();
        }
        return Optional.of(new CodeIndex(overview, published.codes(page, CODES_PER_PAGE), page, pageCount, codes));
    }

    /** A page of the index of codes. */
    public record CodeIndex(CatalogOverview overview, List<OfficialClassEntry> classes, int page, int pageCount,
                            int codeCount) {

        public List<PageLink> pageLinks() {
            return PageLink.around(page, pageCount, number -> number == 1 ? "/classes/codes" : "/classes/codes?page=" + number);
        }
    }

    /** What a class page offers next: the other titles of its code, its series, similar classes. */
    @Transactional(readOnly = true)
    public RelatedClasses related(String code, String slug, String workingTitle) {
        return published.related(code, slug, workingTitle);
    }

    /** A published description whole, as a download of the catalog gives each. */
    public record PublishedRevision(String slug, int revisionNumber, Instant publishedAt, DescriptionContent content) {
    }

    /**
     * Hands every published description, in code and address order, to {@code each}, reading them a batch at a time so
     * that a catalog of any size is never held whole.
     */
    public void eachPublished(java.util.function.Consumer<PublishedRevision> each) {
        String code = null;
        String slug = null;
        while (true) {
            List<PublishedCatalog.PublishedDescription> batch = published.publishedAfter(code, slug, DOWNLOAD_BATCH);
            for (PublishedCatalog.PublishedDescription description : batch) {
                each.accept(new PublishedRevision(description.slug(), description.revisionNumber(), description.publishedAt(),
                        json.read(description.content())));
            }
            if (batch.size() < DOWNLOAD_BATCH) {
                return;
            }
            code = batch.get(batch.size() - 1).code();
            slug = batch.get(batch.size() - 1).slug();
        }
    }

    private static final int DOWNLOAD_BATCH = 500;

    /** Every published class page's address and publication time, for the sitemap. */
    public List<PublishedPage> allPages() {
        return published.pages();
    }

    /** Every published working title in title order, for the CSV download of the whole catalog. */
    public List<CatalogEntry> allEntries() {
        return published.all();
    }
}
