package org.jobclass.legacy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages under review for import, kept on the server between the review and its confirmation (which names them by
 * position, never carries their text), each with the description it would update and the version then current.
 * A review belongs to the editor who made it and is kept for a week.
 */
@Repository
class ImportReviews {

    static final Duration KEPT_FOR = Duration.ofDays(7);
    private static final int MAX_NAME_LENGTH = 300;

    /** A page as reviewed: what it updates (null: it creates a description) and the version the review was made at. */
    record ReviewedPage(int position, String name, String text, Long descriptionId, Long seenVersion) {
    }

    private final JdbcTemplate jdbc;

    ImportReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long save(String reviewer, Instant reviewedAt, List<ReviewedPage> pages) {
        jdbc.update("delete from import_review where reviewed_at < ?", Timestamp.from(reviewedAt.minus(KEPT_FOR)));
        long id = jdbc.queryForObject("insert into import_review (reviewed_by, reviewed_at) values (?, ?) returning id",
                Long.class, reviewer, Timestamp.from(reviewedAt));
        jdbc.batchUpdate("insert into import_review_page (review_id, position, name, text, description_id, seen_version)"
                        + " values (?, ?, ?, ?, ?, ?)", pages, 100, (statement, page) -> {
                    statement.setLong(1, id);
                    statement.setInt(2, page.position());
                    statement.setString(3, page.name().length() > MAX_NAME_LENGTH
                            ? page.name().substring(0, MAX_NAME_LENGTH) : page.name());
                    statement.setString(4, page.text());
                    statement.setObject(5, page.descriptionId());
                    statement.setObject(6, page.seenVersion());
                });
        return id;
    }

    /** These pages of this reviewer's review, in order; empty when there is no such review (or no longer). */
    Optional<List<ReviewedPage>> pages(long reviewId, String reviewer, Collection<Integer> positions) {
        Boolean exists = jdbc.queryForObject("select exists (select 1 from import_review where id = ? and reviewed_by = ?)",
                Boolean.class, reviewId, reviewer);
        if (!Boolean.TRUE.equals(exists)) {
            return Optional.empty();
        }
        if (positions.isEmpty()) {
            return Optional.of(List.of());
        }
        return Optional.of(jdbc.query("select position, name, text, description_id, seen_version from import_review_page"
                        + " where review_id = ? and position = any (?) order by position",
                (row, n) -> new ReviewedPage(row.getInt("position"), row.getString("name"), row.getString("text"),
                        row.getObject("description_id", Long.class), row.getObject("seen_version", Long.class)),
                reviewId, positions.stream().distinct().toArray(Integer[]::new)));
    }
}
