package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.jobclass.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On a log of 200,000 entries, every query of the audit log page and its download is served by an index: a page reads
 * about a page of rows, whatever the size of the log. The plans are the database's own ({@code explain}) for the very
 * statements the page runs; nothing is timed.
 */
class AuditLogIndexesTest {

    private static final int ENTRIES = 200_000;
    private static final ZoneId OFFICE = ZoneId.of("America/New_York");

    private static SingleConnectionDataSource dataSource;
    private static AuditQueries queries;

    /** The log is filled before the migration that adds the indexes, as it will be in production. */
    @BeforeAll
    static void aLargeLog() throws SQLException {
        String url = TestDatabase.freshDatabase("jobclass_audit_index_test");
        TestDatabase.Connection server = TestDatabase.connection();
        dataSource = new SingleConnectionDataSource(url, server.username(), server.password(), true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("19").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                        insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
                        select timestamptz '2023-01-01 00:00:00+00' + n * interval '7 minutes',
                               case when n % 50 = 0 then null else 'editor-' || (n % 40) end,
                               (string_to_array(?, ','))[1 + n % ?], 'DESCRIPTION', n % 10000,
                               lpad((n % 9000)::text, 4, '0') || ' Coordinator of Program ' || (n % 10000),
                               case when n % 3 = 0 then 'revision ' || (n % 50) end
                        from generate_series(1, ?) n
                        """,
                Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.joining(",")),
                AuditAction.values().length, ENTRIES);
        jdbc.update("update audit_event set subject_label = '0999 Zebrafish Keeper' where id = 123456");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc.execute("vacuum analyze audit_event");
        queries = new AuditQueries(JdbcClient.create(dataSource));
    }

    @AfterAll
    static void close() {
        dataSource.destroy();
    }

    @Test
    void theNewestPageReadsTheTimeIndexBackwards() {
        assertThat(plan(queries.pageOf(AuditFilter.everything(), OFFICE, 0, AuditQuery.PAGE_SIZE)))
                .contains("Index Scan Backward using ix_audit_event_occurred_at on audit_event")
                .doesNotContain("Seq Scan", "Sort");
    }

    @Test
    void oneActionReadsTheActionIndex() {
        AuditFilter signIns = new AuditFilter(AuditAction.SIGNED_IN, null, null, null, null);

        assertThat(plan(queries.pageOf(signIns, OFFICE, 0, AuditQuery.PAGE_SIZE)))
                .contains("Index Scan Backward using ix_audit_event_action_occurred_at").doesNotContain("Seq Scan", "Sort");
        assertThat(plan(queries.countOf(signIns, OFFICE)))
                .contains("Index Only Scan using ix_audit_event_action_occurred_at").doesNotContain("Seq Scan");
    }

    @Test
    void onePersonReadsThePersonIndex() {
        AuditFilter oneEditor = new AuditFilter(null, "Editor-7", null, null, null);

        assertThat(plan(queries.pageOf(oneEditor, OFFICE, 0, AuditQuery.PAGE_SIZE)))
                .contains("Index Scan Backward using ix_audit_event_actor_occurred_at").doesNotContain("Seq Scan", "Sort");
        assertThat(plan(queries.countOf(oneEditor, OFFICE))).contains("ix_audit_event_actor_occurred_at").doesNotContain("Seq Scan");
    }

    @Test
    void daysReadTheTimeIndexBetweenThem() {
        AuditFilter aWeek = new AuditFilter(null, null, null, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10));

        assertThat(plan(queries.pageOf(aWeek, OFFICE, 0, AuditQuery.PAGE_SIZE)))
                .contains("Index Scan Backward using ix_audit_event_occurred_at", "Index Cond: ((occurred_at >= ")
                .doesNotContain("Seq Scan", "Sort");
        assertThat(plan(queries.countOf(aWeek, OFFICE))).contains("ix_audit_event_occurred_at").doesNotContain("Seq Scan");
    }

    @Test
    void textInTheSubjectOrDetailReadsTheTrigramIndexes() {
        AuditFilter text = new AuditFilter(null, null, "zebrafish", null, null);

        String plan = plan(queries.pageOf(text, OFFICE, 0, AuditQuery.PAGE_SIZE));

        assertThat(plan).contains("Bitmap Index Scan on ix_audit_event_subject_label_trigrams",
                "Bitmap Index Scan on ix_audit_event_detail_trigrams").doesNotContain("Seq Scan");
        assertThat(plan(queries.countOf(text, OFFICE))).contains("ix_audit_event_subject_label_trigrams").doesNotContain("Seq Scan");
        assertThat(queries.page(text, OFFICE, 0, AuditQuery.PAGE_SIZE)).extracting(AuditEntry::subjectLabel)
                .containsExactly("0999 Zebrafish Keeper");
    }

    @Test
    void everyFilterAtOnceReadsAnIndex() {
        AuditFilter all = new AuditFilter(AuditAction.DESCRIPTION_EDITED, "editor-3", "coordinator", LocalDate.of(2023, 6, 1),
                LocalDate.of(2024, 6, 1));

        assertThat(plan(queries.pageOf(all, OFFICE, 0, AuditQuery.PAGE_SIZE))).contains("ix_audit_event_").doesNotContain("Seq Scan");
    }

    @Test
    void eachBatchOfTheDownloadStartsWhereTheLastEnded() {
        AuditQueries.Position position = new AuditQueries.Position(Instant.parse("2024-01-01T00:00:00Z"), 75_000);

        assertThat(plan(queries.olderThanOf(AuditFilter.everything(), OFFICE, position, AuditQuery.BATCH_SIZE)))
                .contains("Index Scan Backward using ix_audit_event_occurred_at", "Index Cond: (ROW(occurred_at, id) < ROW(")
                .doesNotContain("Seq Scan", "Sort");
        assertThat(plan(queries.olderThanOf(new AuditFilter(AuditAction.SIGNED_IN, null, null, null, null), OFFICE, position,
                AuditQuery.BATCH_SIZE)))
                .contains("Index Scan Backward using ix_audit_event_action_occurred_at").doesNotContain("Seq Scan", "Sort");
    }

    private static String plan(AuditQueries.Statement statement) {
        List<String> lines = new NamedParameterJdbcTemplate(dataSource)
                .queryForList("explain " + statement.sql(), statement.params(), String.class);
        return String.join("\n", lines);
    }
}
