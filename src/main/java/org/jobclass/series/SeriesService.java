package org.jobclass.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.catalog.CatalogVersion;
import org.jobclass.catalog.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series of official classes: editors make them and choose their codes; the public browses them. Saving a series
 * changes the catalog (class pages list their series), so it counts as a change of it.
 */
@Service
@Transactional(readOnly = true)
public class SeriesService {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CatalogVersion catalog;

    SeriesService(JdbcClient jdbc, AuditLog audit, CatalogVersion catalog) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.catalog = catalog;
    }

    /** Every series with all its classes, published or not: for editors. */
    public List<ClassSeries> all() {
        return jdbc.sql("select id, name, slug from class_series order by name collate \"C\"")
                .query((row, number) -> new ClassSeries(row.getLong("id"), row.getString("name"), row.getString("slug"),
                        classes(row.getLong("id"), false)))
                .list();
    }

    /** Every series with its published classes, for the public; series with none published are left out. */
    public List<ClassSeries> published() {
        return all().stream().map(series -> new ClassSeries(series.id(), series.name(), series.slug(),
                        classes(series.id(), true)))
                .filter(series -> !series.classes().isEmpty()).toList();
    }

    /** A series by its address, with its published classes and their working titles. */
    public Optional<ClassSeries> bySlug(String slug) {
        return jdbc.sql("select id, name, slug from class_series where slug = :slug").param("slug", slug)
                .query((row, number) -> new ClassSeries(row.getLong("id"), row.getString("name"), row.getString("slug"),
                        classes(row.getLong("id"), true)))
                .optional().filter(series -> !series.classes().isEmpty());
    }

    private List<ClassSeries.SeriesClass> classes(long seriesId, boolean publishedOnly) {
        Map<String, ClassSeries.SeriesClass> classes = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.code, c.official_title, p.working_title, p.slug from job_class c
                        left join published_description p on p.code = c.code
                        where c.series_id = :series
                        order by c.code collate "C", p.title_sort_key collate "C"
                        """)
                .param("series", seriesId)
                .query((java.sql.ResultSet row) -> {
                    ClassSeries.SeriesClass seriesClass = classes.computeIfAbsent(row.getString("code"),
                            code -> new ClassSeries.SeriesClass(code, rowString(row, "official_title"), new ArrayList<>()));
                    if (row.getString("slug") != null) {
                        seriesClass.titles().add(new ClassSeries.Title(row.getString("working_title"), row.getString("slug")));
                    }
                });
        return classes.values().stream().filter(seriesClass -> !publishedOnly || !seriesClass.titles().isEmpty())
                .map(seriesClass -> new ClassSeries.SeriesClass(seriesClass.code(), seriesClass.officialTitle(),
                        List.copyOf(seriesClass.titles())))
                .toList();
    }

    private static String rowString(java.sql.ResultSet row, String column) {
        try {
            return row.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What saving a series found wrong, by message key and argument; empty when it was saved. */
    public record Refusal(String field, String messageKey, String argument) {
    }

    /**
     * Creates a series (id null) or renames one and sets its codes, all or nothing: a code in another series moves
     * to this one; a code no longer listed leaves it.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public List<Refusal> save(Long id, String name, List<String> codes, String actor) {
        String cleanName = name == null ? "" : name.strip();
        Set<String> wanted = new LinkedHashSet<>();
        codes.stream().map(String::strip).filter(code -> !code.isEmpty()).forEach(wanted::add);
        List<Refusal> refusals = new ArrayList<>();
        Integer sameName = jdbc.sql("select count(*) from class_series where lower(name) = lower(:name) and id <> :id")
                .param("name", cleanName).param("id", id == null ? -1 : id).query(Integer.class).single();
        String slug = Slugs.of(cleanName);
        if (cleanName.isEmpty() || cleanName.length() > 200 || sameName > 0 || slug.isEmpty()) {
            refusals.add(new Refusal("name", "series.name.invalid", cleanName));
        }
        for (String code : wanted) {
            Integer known = jdbc.sql("select count(*) from job_class where code = :code").param("code", code)
                    .query(Integer.class).single();
            if (known == 0) {
                refusals.add(new Refusal("codes", "series.codes.unknown", code));
            }
        }
        if (!refusals.isEmpty()) {
            return refusals;
        }
        long seriesId;
        if (id == null) {
            seriesId = jdbc.sql("insert into class_series (name, slug) values (:name, :slug) returning id")
                    .param("name", cleanName).param("slug", uniqueSlug(slug, -1)).query(Long.class).single();
        } else {
            seriesId = id;
            jdbc.sql("update class_series set name = :name, slug = :slug where id = :id")
                    .param("name", cleanName).param("slug", uniqueSlug(slug, id)).param("id", id).update();
        }
        jdbc.sql("update job_class set series_id = null where series_id = :id").param("id", seriesId).update();
        if (!wanted.isEmpty()) {
            jdbc.sql("update job_class set series_id = :id where code in (:codes)").param("id", seriesId)
                    .param("codes", List.copyOf(wanted)).update();
        }
        catalog.changed();
        audit.record(actor, AuditAction.SERIES_SAVED, AuditSubject.SERIES, seriesId, cleanName,
                String.join(", ", wanted), List.of());
        return List.of();
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void delete(long id, String actor) {
        jdbc.sql("select name from class_series where id = :id").param("id", id).query(String.class).optional()
                .ifPresent(name -> {
                    jdbc.sql("delete from class_series where id = :id").param("id", id).update();
                    catalog.changed();
                    audit.record(actor, AuditAction.SERIES_DELETED, AuditSubject.SERIES, id, name, null, List.of());
                });
    }

    private String uniqueSlug(String slug, long id) {
        String candidate = slug;
        for (int n = 2; jdbc.sql("select count(*) from class_series where slug = :slug and id <> :id")
                .param("slug", candidate).param("id", id).query(Integer.class).single() > 0; n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
