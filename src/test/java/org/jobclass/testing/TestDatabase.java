package org.jobclass.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test run: a Testcontainers PostgreSQL where a Docker engine answers,
 * otherwise embedded PostgreSQL binaries. Started on first use and shared by every test context.
 */
public final class TestDatabase {

    private static final String POSTGRES_IMAGE = "postgres:18-alpine";

    private static Connection connection;

    private TestDatabase() {
    }

    public record Connection(String url, String username, String password) {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
        }
        return connection;
    }

    /** The address of a new, empty database of that name on the test run's server (dropped first if it was there). */
    public static String freshDatabase(String name) throws SQLException {
        Connection server = connection();
        try (java.sql.Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            admin.createStatement().execute("drop database if exists " + name);
            admin.createStatement().execute("create database " + name);
        }
        return server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
        container.start();
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
