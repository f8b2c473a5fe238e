package org.jobclass.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The retirements and restorations of descriptions, kept with the catalog for its public history (the feeds, the
 * check of printouts, a retired class's page), recorded in the same transaction as the change itself.
 */
@Repository
public class StatusChanges {

    private final JdbcClient jdbc;

    StatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long descriptionId, StatusChange change, Instant at, String by) {
        jdbc.sql("insert into description_status_change (description_id, kind, changed_at, changed_by)"
                        + " values (:id, :kind, :at, :by)")
                .param("id", descriptionId)
                .param("kind", change.name())
                .param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .param("by", by)
                .update();
    }

    /** When the description was last retired. */
    Optional<Instant> lastRetired(long descriptionId) {
        return jdbc.sql("select max(changed_at) from description_status_change where kind = 'RETIRED' and description_id = :id")
                .param("id", descriptionId)
                .query((row, number) -> row.getObject(1, OffsetDateTime.class))
                .optional().map(OffsetDateTime::toInstant);
    }
}
