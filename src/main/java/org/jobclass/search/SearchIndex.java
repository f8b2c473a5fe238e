package org.jobclass.search;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.CatalogEntry;
import org.jobclass.search.WordSearch.Documents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text and typo-tolerant search of the published catalog ({@code published_description}), which the database
 * keeps in the same transaction as every publication, retirement and restoration: drafts, retired descriptions and
 * unpublished edits are never in it. What is found comes in order of where the words are: titles first (the more
 * of the words a title has, the sooner), then summaries, then qualifications and duties, and in title order within
 * each; English words are stemmed and accents ignored (the query language is {@link WordSearch}'s). Each step is
 * answered by an index (see the migrations that build them), so that a common word costs no more than reading the
 * rows it finds.
 */
@Repository
class SearchIndex {

    private static final String CONFIGURATION = WordSearch.CONFIGURATION;
    private static final String SNIPPET_OPTIONS = "'MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=\" … \", "
            + "StartSel=' || chr(2) || ', StopSel=' || chr(3)";
    private static final String TITLE_OPTIONS = "'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)";

    private final JdbcClient jdbc;
    private final WordSearch words;

    SearchIndex(JdbcClient jdbc, WordSearch words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    record Found(long descriptionId, String code, String slug, String workingTitle, String officialTitle, String grade,
                 int months) {
    }

    record Page(List<Found> found, int total) {
    }

    Page find(SearchQuery query) {
        if (!query.hasText()) {
            return list(query);
        }
        return words.find(Documents.PUBLISHED, query.words(), matching -> {
            Map<String, Object> params = new HashMap<>(matching.params());
            String matches = matching.select(COLUMNS, "", filters(query, params));
            List<Found> page = new ArrayList<>();
            int[] total = {0};
            jdbc.sql("select f.*, count(*) over () as total from (" + matches + ") f"
                            + " order by " + WordSearch.relevance("f") + ","
                            + " f.title_sort_key collate \"C\", f.working_title collate \"C\", f.code"
                            + " limit :limit offset :offset")
                    .params(params)
                    .param("limit", SearchQuery.PAGE_SIZE)
                    .param("offset", (long) (query.page() - 1) * SearchQuery.PAGE_SIZE)
                    .query((ResultSet row) -> {
                        total[0] = row.getInt("total");
                        page.add(found(row));
                    });
            if (page.isEmpty() && query.page() > 1) {
                total[0] = jdbc.sql("select count(*) from (" + matches + ") f").params(params).query(Integer.class).single();
            }
            return new Page(page, total[0]);
        });
    }

    private static Found found(ResultSet row) throws java.sql.SQLException {
        return new Found(row.getLong("description_id"), row.getString("code"), row.getString("slug"),
                row.getString("working_title"), row.getString("official_title"), row.getString("grade"),
                row.getInt("months"));
    }

    /**
     * Without words: the descriptions that pass the filters, in title order, read through the title index a page at a
     * time and counted apart (a window count would read them all).
     */
    private Page list(SearchQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filters(query, params));
        int total = jdbc.sql("select count(*) from published_description p" + where).params(params).query(Integer.class).single();
        List<Found> page = jdbc.sql("select " + COLUMNS + " from published_description p" + where
                        + " order by (p.title_range = 'OTHER'), p.title_sort_key collate \"C\", p.working_title collate \"C\", p.code"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", (long) (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .query((row, number) -> found(row))
                .list();
        return new Page(page, total);
    }

    private static final String COLUMNS = "p.description_id, p.code, p.slug, p.working_title, p.official_title,"
            + " p.grade, p.months, p.title_sort_key";

    private static List<String> filters(SearchQuery query, Map<String, Object> params) {
        List<String> filters = new ArrayList<>();
        if (query.grade() != null) {
            filters.add("p.grade = :grade");
            params.put("grade", query.grade());
        }
        if (query.months() != null) {
            filters.add("p.months = :months");
            params.put("months", query.months());
        }
        if (query.overtime() != null) {
            filters.add(switch (query.overtime()) {
                case YES -> "p.overtime_eligible";
                case NO -> "not p.overtime_eligible";
                case NOT_STATED -> "p.overtime_eligible is null";
            });
        }
        if (query.sqOq() != null) {
            filters.add("p.sq_oq = :sqOq");
            params.put("sqOq", query.sqOq());
        }
        return filters;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The title and the best passages of each description, with the search's words marked: passages of the summary,
     * or of the qualifications and duties when the words are only there. Descriptions found by a close title only get
     * the start of their summary.
     */
    Map<Long, Highlighted[]> highlights(SearchQuery query, List<Long> descriptionIds) {
        Map<Long, Highlighted[]> highlights = new LinkedHashMap<>();
        if (descriptionIds.isEmpty()) {
            return highlights;
        }
        String terms = query.hasText() ? "websearch_to_tsquery(" + CONFIGURATION + ", :text)" : "''::tsquery";
        String clean = "translate(%s, chr(2) || chr(3), '')";
        jdbc.sql("select p.description_id,"
                        + " ts_headline(" + CONFIGURATION + ", " + clean.formatted("p.working_title") + ", q.terms, " + TITLE_OPTIONS + ") as title,"
                        + " ts_headline(" + CONFIGURATION + ", " + clean.formatted(
                                "case when p.document @@ q.terms and not p.summary_document @@ q.terms"
                                        + " and not p.title_document @@ q.terms then p.details else p.summary end")
                        + ", q.terms, " + SNIPPET_OPTIONS + ") as snippet"
                        + " from published_description p, (select " + terms + " as terms) as q"
                        + " where p.description_id in (:ids)")
                .params(query.hasText() ? Map.of("text", query.text()) : Map.of())
                .param("ids", descriptionIds)
                .query((ResultSet row) -> {
                    highlights.put(row.getLong("description_id"), new Highlighted[] {
                            Highlighted.parse(row.getString("title")), Highlighted.parse(row.getString("snippet"))});
                });
        return highlights;
    }

    /** The published titles closest to these words, for a search that found nothing. */
    List<CatalogEntry> closeTitles(String words, int limit) {
        if (words.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.working_title, p.code, p.grade, p.slug from published_description p
                        where word_similarity(:words, p.working_title) > 0.3
                        order by word_similarity(:words, p.working_title) desc, p.title_sort_key collate "C", p.code
                        limit :limit
                        """)
                .param("words", words)
                .param("limit", limit)
                .query((row, number) -> new CatalogEntry(row.getString("working_title"), row.getString("code"),
                        row.getString("grade"), row.getString("slug")))
                .list();
    }
}
