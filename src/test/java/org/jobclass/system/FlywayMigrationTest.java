package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jobclass.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The migrations build the whole schema and the seeded plan on a brand-new, empty database. */
class FlywayMigrationTest {

    @Test
    void migrationsRunOnAnEmptyDatabase() throws SQLException {
        String url = TestDatabase.freshDatabase("jobclass_migration_test");
        TestDatabase.Connection server = TestDatabase.connection();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, server.username(), server.password(), true);
        try {
            MigrateResult result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrations).extracting(migration -> migration.version).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "23", "24");
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_name <> 'flyway_schema_history' order by table_name", String.class))
                    .containsExactly("account", "approval_request", "approval_return", "audit_change", "audit_event", "catalog_version", "class_description", "class_series",
                            "description_revision", "description_revision_date", "description_status_change", "duty", "import_review", "import_review_page", "job_class",
                            "plan_settings", "published_description", "qualification_standard", "restore_review", "salary_range",
                            "salary_schedule", "sign_in_account_failures", "sign_in_address_failures", "spring_session",
                            "spring_session_attributes", "working_copy_document", "working_copy_snapshot");
            assertThat(jdbc.queryForList("select working_title from class_description where status = 'PUBLISHED' order by working_title",
                    String.class)).containsExactly(
                    "Coordinator, Innovative and Progressive Systemwide Training",
                    "Coordinator, Organizational Development, Office of School Support and Well-Being");
            assertThat(jdbc.queryForList("select count(*) from duty group by description_id order by 1", Integer.class))
                    .isEqualTo(List.of(8, 12));
            assertThat(jdbc.queryForObject("select count(*) from qualification_standard", Integer.class)).isEqualTo(10);
            assertThat(jdbc.queryForList("select r.content ->> 'workingTitle' from class_description d"
                    + " join description_revision r on r.id = d.published_revision_id order by 1", String.class))
                    .as("each published description has its first revision").hasSize(2);
            assertThat(jdbc.queryForList("select title_range || ' ' || title_sort_key from published_description"
                    + " order by title_sort_key collate \"C\"", String.class))
                    .as("the published descriptions are in the public catalog, filed by title").containsExactly(
                            "A_C coordinator, innovative and progressive systemwide training",
                            "A_C coordinator, organizational development, office of school support and well-being");
            assertThat(jdbc.queryForList("select d.working_title from working_copy_document w"
                    + " join class_description d on d.id = w.description_id"
                    + " where w.document @@ websearch_to_tsquery('jobclass_english', 'coordinates 0435 -innovative')"
                    + " and not w.stale", String.class))
                    .as("every working copy has its search document, with its code").containsExactly(
                            "Coordinator, Organizational Development, Office of School Support and Well-Being");
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void twoDescriptionsPublishedAtOneAddressBeforeItWasEnforcedGetAnAddressEach() throws SQLException {
        String url = TestDatabase.freshDatabase("jobclass_address_migration_test");
        TestDatabase.Connection server = TestDatabase.connection();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, server.username(), server.password(), true);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("6").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long earlier = publishedAt(jdbc, "Alpha Coordinator", "beta-coordinator", "2020-01-01");
            long later = publishedAt(jdbc, "Gamma Coordinator", "gamma-coordinator", "2021-01-01");
            jdbc.update("update description_revision set slug = 'alpha-coordinator' where description_id in (?, ?)", earlier, later);
            jdbc.update("update class_description set slug = 'alpha-coordinator' where id = ?", later);
            jdbc.update("update published_description set slug = 'alpha-coordinator'");

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.queryForObject("select slug from published_description where description_id = ?", String.class, earlier))
                    .isEqualTo("alpha-coordinator");
            assertThat(jdbc.queryForObject("select slug from published_description where description_id = ?", String.class, later))
                    .isEqualTo("alpha-coordinator-" + later);
            assertThat(jdbc.queryForObject("select slug from class_description where id = ?", String.class, later))
                    .as("the working copy moves with its published page").isEqualTo("alpha-coordinator-" + later);
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void everyDescriptionGetsAPublicIdTheSeededOnesTheSameEverywhereAndTheirRetirementsMoveToTheCatalog() throws SQLException {
        String url = TestDatabase.freshDatabase("jobclass_public_id_migration_test");
        TestDatabase.Connection server = TestDatabase.connection();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, server.username(), server.password(), true);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long other = publishedAt(jdbc, "Alpha Coordinator", "alpha-coordinator", "2020-01-01");
            jdbc.update("""
                    insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label) values
                        ('2024-03-01T10:00:00Z', 'alice', 'DESCRIPTION_RETIRED', 'DESCRIPTION', 1, '0435 Coordinator'),
                        ('2024-04-01T10:00:00Z', 'bob', 'DESCRIPTION_RESTORED', 'DESCRIPTION', 1, '0435 Coordinator'),
                        ('2024-05-01T10:00:00Z', 'bob', 'DESCRIPTION_RETIRED', 'DESCRIPTION', 999, '0999 Gone'),
                        ('2024-06-01T10:00:00Z', 'bob', 'DESCRIPTION_EDITED', 'DESCRIPTION', 1, '0435 Coordinator')
                    """);

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.queryForList("select public_id::text from class_description where id in (1, 2) order by id", String.class))
                    .containsExactly("5eed0435-0000-4000-8000-000000000001", "5eed0435-0000-4000-8000-000000000002");
            assertThat(jdbc.queryForObject("select public_id::text from class_description where id = ?", String.class, other))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(jdbc.queryForList("select concat_ws(' ', description_id, kind, changed_by, to_char(changed_at at time zone 'UTC',"
                    + " 'YYYY-MM-DD')) from description_status_change order by changed_at", String.class))
                    .containsExactly("1 RETIRED alice 2024-03-01", "1 RESTORED bob 2024-04-01");
        } finally {
            dataSource.destroy();
        }
    }

    /** A description published under code 0099 on that day, as the schema before version 7 allowed it. */
    private static long publishedAt(JdbcTemplate jdbc, String workingTitle, String slug, String day) {
        jdbc.update("insert into job_class (code, official_title) values ('0099', 'Coordinator') on conflict do nothing");
        long id = jdbc.queryForObject("""
                insert into class_description (job_class_id, working_title, slug, grade, months, summary, overtime_eligible)
                select id, ?, ?, '15', 12, 'Coordinates.', false from job_class where code = '0099' returning id
                """, Long.class, workingTitle, slug);
        long revision = jdbc.queryForObject("""
                insert into description_revision (description_id, number, code, working_title, slug, grade, content,
                                                  published_at, title_sort_key, title_range)
                values (?, 1, '0099', ?, ?, '15', jsonb_build_object('workingTitle', ?::text, 'summary', 'Coordinates.'),
                        ?::timestamptz, lower(?), 'A_C') returning id
                """, Long.class, id, workingTitle, slug, workingTitle, day, workingTitle);
        jdbc.update("update class_description set status = 'PUBLISHED', published_revision_id = ? where id = ?", revision, id);
        return id;
    }
}
