package org.jobclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The local run's database keeps its data when the application is stopped and started again. */
class LocalPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgres first = LocalPostgres.start(dataDirectory)) {
            JdbcTemplate jdbc = new JdbcTemplate(first.getPostgresDatabase());
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('still here')");
        }

        try (EmbeddedPostgres second = LocalPostgres.start(dataDirectory)) {
            JdbcTemplate jdbc = new JdbcTemplate(second.getPostgresDatabase());
            assertThat(jdbc.queryForList("select note from kept", String.class)).containsExactly("still here");
        }
    }
}
