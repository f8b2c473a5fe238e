package org.jobclass.search;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.CatalogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text and typo-tolerant search of the published catalog ({@code published_description}), which the database
 * keeps in the same transaction as every publication, retirement and restoration: drafts, retired descriptions and
 * unpublished edits are never in it. What is found comes in order of where the words are: titles first (the more
 * of the words a title has, the sooner), then summaries, then qualifications and duties, and in title order within
 * each; English words are stemmed and accents ignored. Each step is answered by an index (see the migrations that
 * build them), so that a common word costs no more than reading the rows it finds.
 */
@Repository
class SearchIndex {

    private static final String CONFIGURATION = "'jobclass_english'";
    private static final String SNIPPET_OPTIONS = "'MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=\" … \", "
            + "StartSel=' || chr(2) || ', StopSel=' || chr(3)";
    private static final String TITLE_OPTIONS = "'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)";

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Found(long descriptionId, String code, String slug, String workingTitle, String officialTitle, String grade,
                 int months) {
    }

    record Page(List<Found> found, int total) {
    }

    /** How close a word must be to a word of a title to be taken for it: "traning" for "Training" is 0.55. */
    private static final String CLOSE_WORD_THRESHOLD = "0.5";

    Page find(SearchQuery query) {
        if (!query.hasText()) {
            return list(query);
        }
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .param("threshold", CLOSE_WORD_THRESHOLD).query(String.class).single();
        Map<String, Object> params = new HashMap<>();
        List<String> filters = filters(query, params);
        String found;
        if (query.hasText()) {
            // The planner does not count the cost of reading each description's search document out of line: with a
            // common word it would scan the table and read thousands of documents where the indexes answer alone.
            useIndexesOnly(true);
            params.put("text", query.text());
            // The summaries' subquery names the words sought itself: not tied to the row, it runs once.
            found = "select " + COLUMNS + ", ts_rank(p.title_document, q.terms) as score,"
                    + " p.description_id in (select s.description_id from published_description s"
                    + " where s.summary_document @@ websearch_to_tsquery(" + CONFIGURATION + ", :text)) as in_summary"
                    + " from published_description p, websearch_to_tsquery(" + CONFIGURATION + ", :text) as q(terms)"
                    + where(and("p.document @@ q.terms", filters));
            List<String> misspelt = wordsFoundNowhere(query.wordsSought());
            if (!misspelt.isEmpty()) {
                params.put("titleWords", query.titleWords());
                found += " union all select " + COLUMNS + ", word_similarity(:titleWords, p.working_title), false"
                        + " from published_description p, websearch_to_tsquery(" + CONFIGURATION + ", :text) as q(terms)"
                        + where(and(closeTitleMatch(query, misspelt, params) + " and not p.document @@ q.terms", filters));
            }
        } else {
            found = "select " + COLUMNS + ", 0 as score, false as in_summary from published_description p" + where(filters);
        }
        List<Found> page = new ArrayList<>();
        int[] total = {0};
        try {
            jdbc.sql("select f.*, count(*) over () as total from (" + found + ") f"
                            + " order by f.score desc, f.in_summary desc,"
                            + " f.title_sort_key collate \"C\", f.working_title collate \"C\", f.code"
                            + " limit :limit offset :offset")
                    .params(params)
                    .param("limit", SearchQuery.PAGE_SIZE)
                    .param("offset", (long) (query.page() - 1) * SearchQuery.PAGE_SIZE)
                    .query((ResultSet row) -> {
                        total[0] = row.getInt("total");
                        page.add(new Found(row.getLong("description_id"), row.getString("code"), row.getString("slug"),
                                row.getString("working_title"), row.getString("official_title"), row.getString("grade"),
                                row.getInt("months")));
                    });
            if (page.isEmpty() && query.page() > 1) {
                total[0] = jdbc.sql("select count(*) from (" + found + ") f").params(params).query(Integer.class).single();
            }
        } finally {
            if (query.hasText()) {
                useIndexesOnly(false);
            }
        }
        return new Page(page, total[0]);
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
                .query((row, number) -> new Found(row.getLong("description_id"), row.getString("code"), row.getString("slug"),
                        row.getString("working_title"), row.getString("official_title"), row.getString("grade"),
                        row.getInt("months")))
                .list();
        return new Page(page, total);
    }

    private static final String COLUMNS = "p.description_id, p.code, p.slug, p.working_title, p.official_title,"
            + " p.grade, p.months, p.title_sort_key";

    private void useIndexesOnly(boolean indexesOnly) {
        jdbc.sql("select set_config('enable_seqscan', :enabled, true)")
                .param("enabled", indexesOnly ? "off" : "on").query(String.class).single();
    }

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

    private static List<String> and(String condition, List<String> conditions) {
        List<String> all = new ArrayList<>();
        all.add(condition);
        all.addAll(conditions);
        return all;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The words sought that no published description has, such as "cordinator": taken for misspelt. Words too common
     * to search (such as "of") are not among them.
     */
    private List<String> wordsFoundNowhere(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select w.word from unnest(cast(array[:words] as text[])) with ordinality as w(word, position)"
                        + " where numnode(plainto_tsquery(" + CONFIGURATION + ", w.word)) > 0"
                        + " and not exists (select 1 from published_description p"
                        + " where p.document @@ plainto_tsquery(" + CONFIGURATION + ", w.word))"
                        + " order by w.position")
                .param("words", words)
                .query(String.class)
                .list();
    }

    /**
     * A description whose titles have words close to the misspelt words: each misspelt word is close to a word of its
     * working or official title, and the other words sought are in its text. Words left out with a minus sign must not
     * be in it.
     */
    private static String closeTitleMatch(SearchQuery query, List<String> misspelt, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < misspelt.size(); i++) {
            String word = ":misspelt" + i;
            params.put("misspelt" + i, misspelt.get(i));
            conditions.add("(" + word + " <% p.working_title or " + word + " <% p.official_title)");
        }
        List<String> spelt = new ArrayList<>(query.wordsSought());
        spelt.removeAll(misspelt);
        if (!spelt.isEmpty()) {
            params.put("spelt", String.join(" ", spelt));
            // Words too common to search, such as "of", make an empty query, which nothing matches.
            String speltWords = "plainto_tsquery(" + CONFIGURATION + ", :spelt)";
            conditions.add("(numnode(" + speltWords + ") = 0 or p.document @@ " + speltWords + ")");
        }
        if (!query.excludedWords().isEmpty()) {
            params.put("excluded", query.excludedWords());
            conditions.add("not p.document @@ websearch_to_tsquery(" + CONFIGURATION + ", :excluded)");
        }
        return "(" + String.join(" and ", conditions) + ")";
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
