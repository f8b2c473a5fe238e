package org.jobclass;

import org.springframework.boot.SpringApplication;

/**
 * Runs the application for local use: on an embedded PostgreSQL whose data lives in {@code .data/postgres}
 * and survives restarts, unless {@code SPRING_DATASOURCE_URL} names a PostgreSQL server to use instead.
 * It signs in a demo admin and a demo editor (see application-local.properties).
 * Start it with {@code ./mvnw spring-boot:test-run}.
 */
public class TestJobclassApplication {

    public static void main(String[] args) {
        var application = SpringApplication.from(JobclassApplication::main)
                .withAdditionalProfiles("local")
                .with(LocalDemoAccounts.class);
        if (!LocalPostgres.externalDatabaseConfigured()) {
            application = application.with(LocalPostgres.class);
        }
        application.run(args);
    }
}
