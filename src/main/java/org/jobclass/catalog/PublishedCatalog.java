package org.jobclass.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the public catalog from {@code published_description}: one row per published description, kept by the
 * database in the same transaction as each publication, retirement, restoration and date change. Every read is
 * paged or bounded in SQL; none loads a revision's content but the page that shows it.
 */
@Repository
class PublishedCatalog {

    private static final String ENTRY_COLUMNS = "p.working_title, p.code, p.grade, p.slug";

    private final JdbcClient jdbc;

    PublishedCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CatalogState state() {
        return jdbc.sql("select version, changed_at from catalog_version where id = 1")
                .query((row, number) -> state(row))
                .single();
    }

    /** The revision published at this address with the catalog's state, in one statement. */
    Optional<PublishedAddress> at(String code, String slug) {
        return jdbc.sql("""
                        select v.version, v.changed_at, v.pay_version, p.revision_id, p.revision_number, p.published_at
                        from catalog_version v
                        join lateral (select revision_id, revision_number, published_at from published_description
                                      where code = :code and slug = :slug
                                      order by published_at desc limit 1) p on true
                        where v.id = 1
                        """)
                .param("code", code)
                .param("slug", slug)
                .query((row, number) -> new PublishedAddress(state(row), row.getLong("revision_id"),
                        row.getInt("revision_number"), instant(row, "published_at"), row.getLong("pay_version")))
                .optional();
    }

    String contentOf(long revisionId) {
        return jdbc.sql("select content::text from description_revision where id = :id")
                .param("id", revisionId)
                .query(String.class)
                .single();
    }

    CatalogOverview overview(CatalogState state) {
        Map<TitleRange, Integer> counts = new EnumMap<>(TitleRange.class);
        jdbc.sql("select title_range, count(*) as titles from published_description group by title_range")
                .query((ResultSet row) -> {
                    counts.put(TitleRange.valueOf(row.getString("title_range")), row.getInt("titles"));
                });
        List<CatalogOverview.GradeCount> grades = jdbc.sql("""
                        select grade, count(*) as titles from published_description group by grade
                        order by (grade !~ '^[0-9]+$'), lpad(grade, 10, '0') collate "C"
                        """)
                .query((row, number) -> new CatalogOverview.GradeCount(row.getString("grade"), row.getInt("titles")))
                .list();
        List<Integer> months = jdbc.sql("select distinct months from published_description order by months")
                .query(Integer.class).list();
        List<String> sqOq = jdbc.sql("""
                        select distinct sq_oq collate "C" as sq_oq from published_description
                        where sq_oq is not null and btrim(sq_oq) <> '' order by 1
                        """)
                .query(String.class).list();
        return new CatalogOverview(state, counts, grades, months, sqOq);
    }

    ListingPage listing(ListingQuery query) {
        Filter filter = Filter.of(query);
        int total = jdbc.sql("select count(*) from published_description p" + filter.where())
                .params(filter.params())
                .query(Integer.class).single();
        List<CatalogEntry> entries = jdbc.sql("select " + ENTRY_COLUMNS + " from published_description p" + filter.where()
                        + " order by " + query.sort().orderBy(query.range() == null) + " limit :limit offset :offset")
                .params(filter.params())
                .param("limit", ListingQuery.PAGE_SIZE)
                .param("offset", (long) (query.page() - 1) * ListingQuery.PAGE_SIZE)
                .query(PublishedCatalog::entry)
                .list();
        List<ListingPage.LetterJump> letters = query.sort() == ListingSort.TITLE ? letters(filter) : List.of();
        return new ListingPage(query, entries, total, letters);
    }

    /** The page on which each initial starts, from the number of titles before it. */
    private List<ListingPage.LetterJump> letters(Filter filter) {
        List<ListingPage.LetterJump> letters = new ArrayList<>();
        long[] before = {0};
        String other = "(p.title_range = 'OTHER')";
        String initial = "upper(left(p.title_sort_key, 1)) collate \"C\"";
        jdbc.sql("select " + initial + " as initial, count(*) as titles from published_description p" + filter.where()
                        + " group by " + other + ", " + initial + " order by " + other + ", " + initial)
                .params(filter.params())
                .query((ResultSet row) -> {
                    String letter = row.getString("initial");
                    if (!letter.isEmpty()) {
                        letters.add(new ListingPage.LetterJump(letter, (int) (before[0] / ListingQuery.PAGE_SIZE) + 1));
                    }
                    before[0] += row.getLong("titles");
                });
        return letters;
    }

    /** The published working titles of one code, in title order. */
    List<CatalogEntry> byCode(String code) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from published_description p where p.code = :code order by "
                        + ListingSort.TITLE.orderBy(false))
                .param("code", code)
                .query(PublishedCatalog::entry)
                .list();
    }

    /** The official title of a published code, as its most recent publication gives it. */
    Optional<String> officialTitle(String code) {
        return jdbc.sql("select official_title from published_description where code = :code order by published_at desc limit 1")
                .param("code", code)
                .query(String.class)
                .optional();
    }

    /** The published code that is this number, written with or without leading zeros. */
    Optional<String> codeNumbered(String digits) {
        return jdbc.sql("""
                        select code from published_description where ltrim(code, '0') = ltrim(:digits, '0')
                        order by code collate "C" limit 1
                        """)
                .param("digits", digits)
                .query(String.class)
                .optional();
    }

    /** Every published working title, in the order of the listing of all ranges. */
    List<CatalogEntry> all() {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from published_description p order by " + ListingSort.TITLE.orderBy(true))
                .query(PublishedCatalog::entry)
                .list();
    }

    /** A batch of published descriptions with their content, in address order, after the address given (null: from the first). */
    List<PublishedDescription> publishedAfter(String code, String slug, int batch) {
        return jdbc.sql("select p.code, p.slug, p.revision_number, p.published_at, r.content::text as content"
                        + " from published_description p join description_revision r on r.id = p.revision_id"
                        + (code == null ? "" : " where (p.code collate \"C\", p.slug collate \"C\") > (:code, :slug)")
                        + " order by p.code collate \"C\", p.slug collate \"C\" limit :batch")
                .params(code == null ? Map.of("batch", batch) : Map.of("code", code, "slug", slug, "batch", batch))
                .query((row, number) -> new PublishedDescription(row.getString("code"), row.getString("slug"),
                        row.getInt("revision_number"), instant(row, "published_at"), row.getString("content")))
                .list();
    }

    /** A published description as read for a download: its address, revision and stored content. */
    record PublishedDescription(String code, String slug, int revisionNumber, Instant publishedAt, String content) {
    }

    /** Every published address with when it was published, in address order, for the sitemap. */
    List<PublishedPage> pages() {
        return jdbc.sql("select code, slug, published_at from published_description order by code collate \"C\", slug collate \"C\"")
                .query((row, number) -> new PublishedPage(row.getString("code"), row.getString("slug"), instant(row, "published_at")))
                .list();
    }

    /** The other published titles of a code, the other classes of its series, and the most similar titles elsewhere. */
    RelatedClasses related(String code, String slug, String workingTitle) {
        List<CatalogEntry> sameCode = byCode(code).stream().filter(entry -> !entry.slug().equals(slug)).toList();
        Optional<Map.Entry<String, String>> series = jdbc.sql("""
                        select s.name, s.slug from job_class c join class_series s on s.id = c.series_id where c.code = :code
                        """)
                .param("code", code)
                .query((row, number) -> Map.entry(row.getString("name"), row.getString("slug")))
                .optional();
        List<OfficialClassEntry> inSeries = series.isEmpty() ? List.of() : jdbc.sql("""
                        select c.code, c.official_title from job_class c join class_series s on s.id = c.series_id
                        where s.slug = :series and c.code <> :code
                          and exists (select 1 from published_description p where p.code = c.code)
                        order by c.code collate "C" limit :limit
                        """)
                .param("series", series.get().getValue()).param("code", code).param("limit", RELATED_LIMIT)
                .query((row, number) -> new OfficialClassEntry(row.getString("code"), row.getString("official_title"), List.of()))
                .list();
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.35', true)").query(String.class).single();
        List<CatalogEntry> similar = jdbc.sql("select " + ENTRY_COLUMNS + " from published_description p"
                        + " where p.working_title % :title and p.code <> :code"
                        + " order by similarity(p.working_title, :title) desc, p.working_title collate \"C\", p.code collate \"C\""
                        + " limit :limit")
                .param("title", workingTitle).param("code", code).param("limit", RELATED_LIMIT)
                .query(PublishedCatalog::entry)
                .list();
        return new RelatedClasses(sameCode, series.map(Map.Entry::getKey).orElse(null),
                series.map(Map.Entry::getValue).orElse(null), inSeries, similar);
    }

    private static final int RELATED_LIMIT = 8;

    int codeCount() {
        return jdbc.sql("select count(distinct code) from published_description").query(Integer.class).single();
    }

    /** A page of the index of codes: each code with its official title and working titles. */
    List<OfficialClassEntry> codes(int page, int pageSize) {
        List<String> codes = jdbc.sql("""
                        select distinct code collate "C" as code from published_description order by 1 limit :limit offset :offset
                        """)
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query(String.class)
                .list();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, String> officialTitles = new LinkedHashMap<>();
        Map<String, List<CatalogEntry>> titles = new LinkedHashMap<>();
        codes.forEach(code -> titles.put(code, new ArrayList<>()));
        jdbc.sql("select " + ENTRY_COLUMNS + ", p.official_title from published_description p where p.code in (:codes)"
                        + " order by p.code collate \"C\", p.published_at desc")
                .param("codes", codes)
                .query((ResultSet row) -> {
                    officialTitles.putIfAbsent(row.getString("code"), row.getString("official_title"));
                    titles.get(row.getString("code")).add(entry(row, 0));
                });
        return codes.stream().map(code -> new OfficialClassEntry(code, officialTitles.get(code),
                        titles.get(code).stream().sorted(java.util.Comparator.comparing(
                                (CatalogEntry entry) -> TitleOrder.sortKey(entry.workingTitle()))).toList()))
                .toList();
    }

    private static CatalogEntry entry(ResultSet row, int number) throws SQLException {
        return new CatalogEntry(row.getString("working_title"), row.getString("code"), row.getString("grade"),
                row.getString("slug"));
    }

    private static CatalogState state(ResultSet row) throws SQLException {
        return new CatalogState(row.getLong("version"), instant(row, "changed_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private record Filter(String where, Map<String, Object> params) {

        static Filter of(ListingQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (query.range() != null) {
                conditions.add("p.title_range = :range");
                params.put("range", query.range().name());
            }
            if (query.grade() != null) {
                conditions.add("p.grade = :grade");
                params.put("grade", query.grade());
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }
    }
}
