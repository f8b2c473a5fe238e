package org.jobclass.backup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backups previewed for restoring, kept on the server between the preview and its confirmation (which sends only the
 * review's id), with the description each entry would update and its version as previewed. A review belongs to the
 * admin who made it, is kept for a day, and is used once.
 */
@Repository
class RestoreReviews {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    /** What an entry updates as previewed: the description and the version then current. */
    record Seen(long descriptionId, long version) {
    }

    record Stored(CatalogBackup backup, Map<Integer, Seen> seen) {
    }

    private final JdbcTemplate jdbc;

    RestoreReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long save(String reviewer, Instant reviewedAt, CatalogBackup backup, Map<Integer, Seen> seen) {
        jdbc.update("delete from restore_review where reviewed_at < ?", Timestamp.from(reviewedAt.minus(KEPT_FOR)));
        long id = jdbc.queryForObject("insert into restore_review (reviewed_by, reviewed_at, backup) values (?, ?, ?)"
                + " returning id", Long.class, reviewer, Timestamp.from(reviewedAt), BackupJson.MAPPER.writeValueAsString(backup));
        jdbc.batchUpdate("insert into restore_review_entry (review_id, position, description_id, seen_version) values (?, ?, ?, ?)",
                List.copyOf(seen.entrySet()), 500, (statement, entry) -> {
                    statement.setLong(1, id);
                    statement.setInt(2, entry.getKey());
                    statement.setLong(3, entry.getValue().descriptionId());
                    statement.setLong(4, entry.getValue().version());
                });
        return id;
    }

    /** Takes this reviewer's review out of the store, to be restored once; empty when there is none (or no longer). */
    Optional<Stored> take(long reviewId, String reviewer) {
        Map<Integer, Seen> seen = new HashMap<>();
        jdbc.query("select position, description_id, seen_version from restore_review_entry where review_id = ?",
                row -> {
                    seen.put(row.getInt("position"), new Seen(row.getLong("description_id"), row.getLong("seen_version")));
                }, reviewId);
        // Whoever deletes it restores it: a second confirmation of the same review finds nothing.
        List<String> backups = jdbc.queryForList("delete from restore_review where id = ? and reviewed_by = ?"
                + " returning backup", String.class, reviewId, reviewer);
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(BackupJson.MAPPER.readValue(backups.get(0), CatalogBackup.class), seen));
    }
}
