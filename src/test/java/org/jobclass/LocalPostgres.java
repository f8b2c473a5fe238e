package org.jobclass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** An embedded PostgreSQL server for the local run, keeping its data in {@code .data/postgres} across restarts. */
@TestConfiguration(proxyBeanMethods = false)
class LocalPostgres {

    static final Path DATA_DIRECTORY = Path.of(".data", "postgres");

    static boolean externalDatabaseConfigured() {
        return System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null;
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return start(DATA_DIRECTORY);
    }

    /** Starts a server on the cluster in {@code dataDirectory}, creating the cluster only when there is none yet. */
    static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toAbsolutePath())
                .setCleanDataDirectory(false)
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("postgres")
                .build();
    }
}
