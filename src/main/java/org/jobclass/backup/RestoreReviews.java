package org.jobclass.backup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backups previewed for restoring, kept on the server between the preview and its confirmation (which sends only the
 * review's id): the file as uploaded, the state of the catalog it was compared with, and the highest numbers it brings.
 * A review belongs to the admin who made it, is kept for a day, and is restored once.
 */
@Repository
class RestoreReviews {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    record Stored(byte[] file, String catalogState, long maxDescriptionId, long maxRevisionId) {
    }

    private final JdbcTemplate jdbc;

    RestoreReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long save(String reviewer, Instant reviewedAt, byte[] file, String catalogState, long maxDescriptionId, long maxRevisionId) {
        jdbc.update("delete from restore_review where reviewed_at < ?", Timestamp.from(reviewedAt.minus(KEPT_FOR)));
        return jdbc.queryForObject("""
                        insert into restore_review (reviewed_by, reviewed_at, file, catalog_state, max_description_id, max_revision_id)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """, Long.class, reviewer, Timestamp.from(reviewedAt), file, catalogState, maxDescriptionId,
                maxRevisionId);
    }

    /**
     * Takes this reviewer's review out of the store, in the caller's transaction: restored once, or kept if the restore
     * fails. Empty when there is none (or no longer).
     */
    Optional<Stored> take(long reviewId, String reviewer) {
        List<Stored> taken = jdbc.query("""
                        delete from restore_review where id = ? and reviewed_by = ?
                        returning file, catalog_state, max_description_id, max_revision_id
                        """, (row, number) -> new Stored(row.getBytes(1), row.getString(2), row.getLong(3), row.getLong(4)),
                reviewId, reviewer);
        return taken.stream().findFirst();
    }
}
