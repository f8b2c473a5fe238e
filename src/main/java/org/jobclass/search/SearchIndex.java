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
 * unpublished edits are never in it. Titles weigh most, then summaries, then qualifications and duties (see the
 * migration that builds the index); English words are stemmed and accents ignored.
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
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .param("threshold", CLOSE_WORD_THRESHOLD).query(String.class).single();
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        String score = null;
        if (query.hasText()) {
            params.put("text", query.text());
            String titleWords = query.titleWords();
            String match = "p.document @@ q.terms";
            if (!titleWords.isEmpty()) {
                params.put("titleWords", titleWords);
                match = "(" + match + " or " + closeTitleMatch(query, params) + ")";
                score = "ts_rank(p.document, q.terms) + word_similarity(:titleWords, p.working_title)";
            } else {
                score = "ts_rank(p.document, q.terms)";
            }
            conditions.add(match);
        }
        if (query.grade() != null) {
            conditions.add("p.grade = :grade");
            params.put("grade", query.grade());
        }
        if (query.months() != null) {
            conditions.add("p.months = :months");
            params.put("months", query.months());
        }
        if (query.overtime() != null) {
            conditions.add("p.overtime_eligible = :overtime");
            params.put("overtime", query.overtime());
        }
        if (query.sqOq() != null) {
            conditions.add("p.sq_oq = :sqOq");
            params.put("sqOq", query.sqOq());
        }
        String from = query.hasText()
                ? " from published_description p, websearch_to_tsquery(" + CONFIGURATION + ", :text) as q(terms)"
                : " from published_description p";
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<Found> found = new ArrayList<>();
        int[] total = {0};
        jdbc.sql("select p.description_id, p.code, p.slug, p.working_title, p.official_title, p.grade, p.months,"
                        + " count(*) over () as total" + from + where
                        + " order by " + (score == null ? "" : score + " desc, ") + "p.title_sort_key collate \"C\", p.working_title collate \"C\", p.code"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", SearchQuery.PAGE_SIZE)
                .param("offset", (long) (query.page() - 1) * SearchQuery.PAGE_SIZE)
                .query((ResultSet row) -> {
                    total[0] = row.getInt("total");
                    found.add(new Found(row.getLong("description_id"), row.getString("code"), row.getString("slug"),
                            row.getString("working_title"), row.getString("official_title"), row.getString("grade"),
                            row.getInt("months")));
                });
        if (found.isEmpty() && query.page() > 1) {
            total[0] = jdbc.sql("select count(*)" + from + where).params(params).query(Integer.class).single();
        }
        return new Page(found, total[0]);
    }

    /**
     * A description whose title has words close to misspelt words sought: each word sought is close to a word of its
     * working or official title, or is in its text, or is too common to search (such as "of"); and at least one is
     * close to a title word without being in the text, so that words all spelt right keep the exact meaning of the
     * search (phrases, "or"). Words left out with a minus sign must not be in it.
     */
    private static String closeTitleMatch(SearchQuery query, Map<String, Object> params) {
        List<String> everyWord = new ArrayList<>();
        List<String> someMisspelt = new ArrayList<>();
        List<String> words = query.wordsSought();
        for (int i = 0; i < words.size(); i++) {
            String word = ":word" + i;
            params.put("word" + i, words.get(i));
            String close = "(" + word + " <% p.working_title or " + word + " <% p.official_title)";
            String inText = "p.document @@ plainto_tsquery(" + CONFIGURATION + ", " + word + ")";
            String tooCommon = "numnode(plainto_tsquery(" + CONFIGURATION + ", " + word + ")) = 0";
            everyWord.add("(" + close + " or " + inText + " or " + tooCommon + ")");
            someMisspelt.add("(" + close + " and not " + inText + " and not " + tooCommon + ")");
        }
        List<String> conditions = new ArrayList<>(everyWord);
        conditions.add("(" + String.join(" or ", someMisspelt) + ")");
        if (!query.excludedWords().isEmpty()) {
            params.put("excluded", query.excludedWords());
            conditions.add("not p.document @@ websearch_to_tsquery(" + CONFIGURATION + ", :excluded)");
        }
        return "(" + String.join(" and ", conditions) + ")";
    }

    /**
     * The title and the best passages of each description, with the search's words marked. Descriptions found by a
     * close title only get the start of their summary.
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
                        + " ts_headline(" + CONFIGURATION + ", " + clean.formatted("p.summary || E'\\n' || p.details")
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
