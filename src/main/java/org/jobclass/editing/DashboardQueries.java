package org.jobclass.editing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jobclass.catalog.DescriptionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editors' dashboard, read in one SQL query: filtered and sorted by the database, no revision content loaded. */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the descriptions the query names, in its order, and how many there are in all. */
    DashboardPage page(DashboardQuery query, String reviewCondition) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (reviewCondition != null) {
            conditions.add("(" + reviewCondition + ")");
        }
        if (query.status() != null) {
            conditions.add("d.status = :status");
            params.put("status", query.status().name());
        }
        if (query.pending()) {
            conditions.add("(d.status = 'DRAFT' or (d.status = 'PUBLISHED' and d.unpublished_changes))");
        }
        if (query.grade() != null) {
            conditions.add("d.grade = :grade");
            params.put("grade", query.grade());
        }
        String wanted = query.text().toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty()) {
            conditions.add("(strpos(lower(d.working_title), :text) > 0 or strpos(c.code, :text) > 0"
                    + " or strpos(lower(c.official_title), :text) > 0)");
            params.put("text", wanted);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        int total = jdbc.sql("select count(*) from class_description d join job_class c on c.id = d.job_class_id" + where)
                .params(params).query(Integer.class).single();
        List<DashboardRow> rows = jdbc.sql("""
                        select d.id, d.working_title, c.code, d.status, d.unpublished_changes, d.updated_at, d.updated_by,
                               d.looks_cut_off_after is not null as looks_cut_off, d.last_reviewed, r.code as published_code,
                               r.slug as published_slug
                        from class_description d
                        join job_class c on c.id = d.job_class_id
                        left join description_revision r on r.id = d.published_revision_id
                        """ + where + " order by " + query.sort().orderBy(query.descending()) + " limit :limit offset :offset")
                .params(params)
                .param("limit", DashboardQuery.PAGE_SIZE)
                .param("offset", (long) (query.page() - 1) * DashboardQuery.PAGE_SIZE)
                .query((row, number) -> {
                    DescriptionStatus rowStatus = DescriptionStatus.valueOf(row.getString("status"));
                    String publishedCode = row.getString("published_code");
                    String publicPath = rowStatus == DescriptionStatus.PUBLISHED && publishedCode != null
                            ? "/classes/" + publishedCode + "/" + row.getString("published_slug") : null;
                    return new DashboardRow(row.getLong("id"), row.getString("working_title"), row.getString("code"),
                            rowStatus, row.getBoolean("unpublished_changes"),
                            row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getString("updated_by"),
                            publicPath, row.getBoolean("looks_cut_off"), row.getObject("last_reviewed", java.time.LocalDate.class));
                })
                .list();
        return new DashboardPage(query, rows, total);
    }

    /** Every description's id, for what goes through them all (a backup). */
    List<Long> allIds() {
        return jdbc.sql("select id from class_description order by id").query(Long.class).list();
    }
}
