package org.jobclass.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log read in SQL, newest first: a page of it with how many entries match, or the entries older than one
 * already read (so that the whole log can be read a batch at a time). Every filter is one the indexes of
 * {@code V21__audit_log_filter_indexes.sql} serve.
 */
@Repository
class AuditQueries {

    private static final String COLUMNS = "select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id,"
            + " e.subject_label, e.detail from audit_event e";
    private static final String ORDER = " order by e.occurred_at desc, e.id desc";

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An SQL statement and its parameters. */
    record Statement(String sql, Map<String, Object> params) {
    }

    /** Where an entry already read stands in the log's order: those after it are older. */
    record Position(Instant occurredAt, long id) {
    }

    long count(AuditFilter filter, ZoneId zone) {
        return run(countOf(filter, zone)).query(Long.class).single();
    }

    List<AuditEntry> page(AuditFilter filter, ZoneId zone, long offset, int size) {
        return entries(pageOf(filter, zone, offset, size));
    }

    List<AuditEntry> olderThan(AuditFilter filter, ZoneId zone, Position position, int size) {
        return entries(olderThanOf(filter, zone, position, size));
    }

    Statement countOf(AuditFilter filter, ZoneId zone) {
        Statement where = where(filter, zone, null);
        return new Statement("select count(*) from audit_event e" + where.sql(), where.params());
    }

    Statement pageOf(AuditFilter filter, ZoneId zone, long offset, int size) {
        Statement where = where(filter, zone, null);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.put("limit", size);
        params.put("offset", offset);
        return new Statement(COLUMNS + where.sql() + ORDER + " limit :limit offset :offset", params);
    }

    Statement olderThanOf(AuditFilter filter, ZoneId zone, Position position, int size) {
        Statement where = where(filter, zone, position);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.put("limit", size);
        return new Statement(COLUMNS + where.sql() + ORDER + " limit :limit", params);
    }

    private static Statement where(AuditFilter filter, ZoneId zone, Position after) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.actor() != null) {
            conditions.add("lower(e.actor) = :actor");
            params.put("actor", filter.actor().toLowerCase(Locale.ROOT));
        }
        if (filter.text() != null) {
            conditions.add("(lower(e.subject_label) like :text or lower(e.detail) like :text)");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= :start");
            params.put("start", filter.start(zone).atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < :end");
            params.put("end", filter.end(zone).atOffset(ZoneOffset.UTC));
        }
        if (after != null) {
            conditions.add("(e.occurred_at, e.id) < (:afterAt, :afterId)");
            params.put("afterAt", after.occurredAt().atOffset(ZoneOffset.UTC));
            params.put("afterId", after.id());
        }
        return new Statement(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private JdbcClient.StatementSpec run(Statement statement) {
        return jdbc.sql(statement.sql()).params(statement.params());
    }

    private List<AuditEntry> entries(Statement statement) {
        List<AuditEntry> entries = run(statement).query(AuditQueries::entry).list();
        Map<Long, List<FieldChange>> changes = changesOf(entries.stream().map(AuditEntry::id).toList());
        return entries.stream().map(entry -> entry.withChanges(changes.getOrDefault(entry.id(), List.of()))).toList();
    }

    private Map<Long, List<FieldChange>> changesOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select audit_event_id, field, old_value, new_value from audit_change"
                        + " where audit_event_id in (:ids) order by audit_event_id, position")
                .param("ids", ids)
                .query((row, number) -> Map.entry(row.getLong("audit_event_id"),
                        new FieldChange(row.getString("field"), row.getString("old_value"), row.getString("new_value"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The entry of the row, without its changes. */
    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), AuditAction.valueOf(row.getString("action")),
                AuditSubject.valueOf(row.getString("subject_type")), row.getObject("subject_id", Long.class),
                row.getString("subject_label"), row.getString("detail"), List.of());
    }
}
