package org.jobclass.editing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.search.WordSearch;
import org.jobclass.search.WordSearch.Documents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editors' dashboard, read in SQL: filtered, sorted and paged by the database, no revision content loaded. Words
 * are found with the public search's query language in every description's working copy ({@code
 * working_copy_document}, which the database keeps in step with every save).
 */
@Repository
class DashboardQueries {

    /** What a page is sorted by (see {@link DashboardQuery.Sort}); the indexes of the dashboard's orders hold it. */
    private static final String SORTED_BY = "d.id, d.working_title, c.code, d.status, d.updated_at, d.last_reviewed";

    private final JdbcClient jdbc;
    private final WordSearch words;

    DashboardQueries(JdbcClient jdbc, WordSearch words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    /** A page of the descriptions the query names, in its order, and how many there are in all. */
    DashboardPage page(DashboardQuery query, String reviewCondition) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (reviewCondition != null) {
            conditions.add("(" + reviewCondition + ")");
        }
        if (query.status() != null) {
            conditions.add("d.status = :status");
            params.put("status", query.status().name());
        }
        if (query.pending()) {
            // As the index of what waits to be published has it.
            conditions.add("(d.status = 'DRAFT' or (d.status = 'PUBLISHED' and d.unpublished_changes))");
        }
        if (query.grade() != null) {
            conditions.add("d.grade = :grade");
            params.put("grade", query.grade());
        }
        if (query.words().isEmpty()) {
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            String listed = "select " + SORTED_BY + " from class_description d join job_class c on c.id = d.job_class_id" + where;
            int total = jdbc.sql("select count(*) from (" + listed + ") f").params(params).query(Integer.class).single();
            return new DashboardPage(query, rows(query, listed, params, null), total);
        }
        return words.find(Documents.WORKING_COPIES, query.words(), matching -> {
            params.putAll(matching.params());
            // Ranked by relevance and counted from the working copies' documents alone, a common word costs no more
            // than reading its index; another order or a filter needs each description found.
            String found = conditions.isEmpty() && query.sortedByRelevance()
                    ? matching.select("w.description_id as id, w.working_title, w.code", "", List.of())
                    : matching.select(SORTED_BY, "join class_description d on d.id = w.description_id"
                            + " join job_class c on c.id = d.job_class_id", conditions);
            int[] total = {0};
            List<DashboardRow> rows = rows(query, found, params, total);
            if (rows.isEmpty() && query.page() > 1) {
                total[0] = jdbc.sql("select count(*) from (" + found + ") f").params(params).query(Integer.class).single();
            }
            return new DashboardPage(query, rows, total[0]);
        });
    }

    /**
     * The query's page of these descriptions (each with its id and what the query's order needs), then what the
     * dashboard shows of each of them. When {@code total} is given, it gets how many there are in all, counted with the
     * page (what words find is counted so).
     */
    private List<DashboardRow> rows(DashboardQuery query, String descriptions, Map<String, Object> params, int[] total) {
        return jdbc.sql("select d.id, d.working_title, c.code, d.status, d.unpublished_changes, d.updated_at, d.updated_by,"
                        + " d.looks_cut_off_after is not null as looks_cut_off, d.last_reviewed,"
                        + " r.code as published_code, r.slug as published_slug" + (total == null ? "" : ", page.total")
                        + " from (select f.*" + (total == null ? "" : ", count(*) over () as total")
                        + " from (" + descriptions + ") f order by " + query.sort().orderBy(query.descending(), "f")
                        + " limit :limit offset :offset) page"
                        + " join class_description d on d.id = page.id"
                        + " join job_class c on c.id = d.job_class_id"
                        + " left join description_revision r on r.id = d.published_revision_id"
                        + " order by " + query.sort().orderBy(query.descending(), "page"))
                .params(params)
                .param("limit", DashboardQuery.PAGE_SIZE)
                .param("offset", (long) (query.page() - 1) * DashboardQuery.PAGE_SIZE)
                .query((row, number) -> {
                    if (total != null) {
                        total[0] = row.getInt("total");
                    }
                    DescriptionStatus rowStatus = DescriptionStatus.valueOf(row.getString("status"));
                    String publishedCode = row.getString("published_code");
                    String publicPath = rowStatus == DescriptionStatus.PUBLISHED && publishedCode != null
                            ? "/classes/" + publishedCode + "/" + row.getString("published_slug") : null;
                    return new DashboardRow(row.getLong("id"), row.getString("working_title"), row.getString("code"),
                            rowStatus, row.getBoolean("unpublished_changes"),
                            row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getString("updated_by"),
                            publicPath, row.getBoolean("looks_cut_off"), row.getObject("last_reviewed", LocalDate.class));
                })
                .list();
    }

    /** Every description's id, for what goes through them all (a backup). */
    List<Long> allIds() {
        return jdbc.sql("select id from class_description order by id").query(Long.class).list();
    }
}
