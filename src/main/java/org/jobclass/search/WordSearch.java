package org.jobclass.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search's query language in SQL, one for every table of search documents: the public catalog and the working
 * copies staff search. Each such table has, per description ({@code description_id}), its {@code document} (titles
 * weighted A, summary B, qualifications and duties C), its titles' own {@code title_document}, its
 * {@code summary_document}, and its {@code working_title} and {@code official_title}, each with an index.
 * <p>
 * The words find the documents that match them in the web search syntax (English words stemmed, accents ignored,
 * phrases, words left out, "or"). A word sought that no document has at all, such as "cordinator", is taken for
 * misspelt: documents whose working or official title has a word close to it are found too, provided they have the
 * other words and none of those left out. What is found comes with its {@code score} and {@code in_summary}, for
 * ordering by {@link #relevance}: titles first (the more of the words a title has, the sooner), then summaries, then
 * the rest.
 */
@Component
public class WordSearch {

    /** The text search configuration: English stemming that ignores accents. */
    static final String CONFIGURATION = "'jobclass_english'";

    /** The order of what the words find (selected as {@code alias}), best first; callers add their own order within equals. */
    public static String relevance(String alias) {
        return alias + ".score desc, " + alias + ".in_summary desc";
    }

    /** How close a word must be to a word of a title to be taken for it: "traning" for "Training" is 0.55. */
    private static final String CLOSE_WORD_THRESHOLD = "0.5";

    private static final String TERMS = "websearch_to_tsquery(" + CONFIGURATION + ", :text)";

    /** The tables of search documents, each with the alias its documents have in the SQL of {@link Found}. */
    public enum Documents {
        /** What the public searches: the published revisions ({@code published_description}). */
        PUBLISHED("published_description", "p"),
        /** What staff search: every description's working copy, whatever its status ({@code working_copy_document}). */
        WORKING_COPIES("working_copy_document", "w");

        private final String table;
        private final String alias;

        Documents(String table, String alias) {
            this.table = table;
            this.alias = alias;
        }

        public String alias() {
            return alias;
        }
    }

    private final JdbcClient jdbc;

    WordSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads what the words find in these documents, in the caller's transaction: {@code reading} gets the SQL and runs
     * it. Meanwhile the database answers from its indexes only: its planner does not count the cost of reading each
     * document out of line, and with a common word would read thousands of them where the indexes answer alone.
     */
    public <T> T find(Documents documents, SearchWords words, Function<Found, T> reading) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words to search for");
        }
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .param("threshold", CLOSE_WORD_THRESHOLD).query(String.class).single();
        useIndexesOnly(true);
        try {
            return reading.apply(new Found(documents, words, wordsFoundNowhere(documents, words.sought())));
        } finally {
            useIndexesOnly(false);
        }
    }

    private void useIndexesOnly(boolean indexesOnly) {
        jdbc.sql("select set_config('enable_seqscan', :enabled, true)")
                .param("enabled", indexesOnly ? "off" : "on").query(String.class).single();
    }

    /**
     * The words sought that no document has, such as "cordinator": taken for misspelt. Words too common to search
     * (such as "of") are not among them.
     */
    private List<String> wordsFoundNowhere(Documents documents, List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select w.word from unnest(cast(array[:words] as text[])) with ordinality as w(word, position)"
                        + " where numnode(plainto_tsquery(" + CONFIGURATION + ", w.word)) > 0"
                        + " and not exists (select 1 from " + documents.table + " s"
                        + " where s.document @@ plainto_tsquery(" + CONFIGURATION + ", w.word))"
                        + " order by w.position")
                .param("words", words)
                .query(String.class)
                .list();
    }

    /** What the words find, as SQL to select from, with its parameters. */
    public static final class Found {

        private final Documents documents;
        private final SearchWords words;
        private final List<String> misspelt;
        private final Map<String, Object> params = new HashMap<>();

        private Found(Documents documents, SearchWords words, List<String> misspelt) {
            this.documents = documents;
            this.words = words;
            this.misspelt = misspelt;
            params.put("text", words.text());
            params.put("ranked", words.withoutExcluded());
            if (!misspelt.isEmpty()) {
                params.put("titleWords", words.titleWords());
                for (int i = 0; i < misspelt.size(); i++) {
                    params.put("misspelt" + i, misspelt.get(i));
                }
                params.put("spelt", String.join(" ", spelt()));
                params.put("excluded", words.excluded());
            }
        }

        /** The words sought that are not misspelt. */
        private List<String> spelt() {
            List<String> spelt = new ArrayList<>(words.sought());
            spelt.removeAll(misspelt);
            return spelt;
        }

        /** The parameters of {@link #select}'s SQL: text, ranked, titleWords, spelt, excluded, misspelt0 and on; callers name theirs otherwise. */
        public Map<String, Object> params() {
            return Map.copyOf(params);
        }

        /**
         * A query of the descriptions found that also meet these conditions: each with these columns, its
         * {@code score} and {@code in_summary}. The documents have their alias ({@link Documents#alias()}); joins
         * may bring other tables for the columns and conditions.
         */
        public String select(String columns, String joins, List<String> conditions) {
            String d = documents.alias;
            String from = " from " + documents.table + " " + d + (joins.isEmpty() ? "" : " " + joins)
                    + ", " + TERMS + " as q(terms), websearch_to_tsquery(" + CONFIGURATION + ", :ranked) as ranking(terms)";
            // The summaries' subquery names the words sought itself: not tied to the row, it runs once.
            String found = "select " + columns + ", ts_rank(" + d + ".title_document, ranking.terms) as score, "
                    + d + ".description_id in (select s.description_id from " + documents.table + " s"
                    + " where s.summary_document @@ " + TERMS + ") as in_summary"
                    + from + where(d + ".document @@ q.terms", conditions);
            if (!misspelt.isEmpty()) {
                found += " union all select " + columns + ", word_similarity(:titleWords, " + d + ".working_title), false"
                        + from + where(closeTitleMatch() + " and not " + d + ".document @@ q.terms", conditions);
            }
            return found;
        }

        private static String where(String condition, List<String> conditions) {
            List<String> all = new ArrayList<>();
            all.add(condition);
            all.addAll(conditions);
            return " where " + String.join(" and ", all);
        }

        /**
         * A description whose titles have words close to the misspelt words: each misspelt word is close to a word of
         * its working or official title, and the other words sought are in its text. Words left out with a minus sign
         * must not be in it.
         */
        private String closeTitleMatch() {
            String d = documents.alias;
            List<String> conditions = new ArrayList<>();
            for (int i = 0; i < misspelt.size(); i++) {
                String word = ":misspelt" + i;
                conditions.add("(" + word + " <% " + d + ".working_title or " + word + " <% " + d + ".official_title)");
            }
            if (!spelt().isEmpty()) {
                // Words too common to search, such as "of", make an empty query, which nothing matches.
                String speltWords = "plainto_tsquery(" + CONFIGURATION + ", :spelt)";
                conditions.add("(numnode(" + speltWords + ") = 0 or " + d + ".document @@ " + speltWords + ")");
            }
            if (!words.excluded().isEmpty()) {
                conditions.add("not " + d + ".document @@ websearch_to_tsquery(" + CONFIGURATION + ", :excluded)");
            }
            return "(" + String.join(" and ", conditions) + ")";
        }
    }
}
