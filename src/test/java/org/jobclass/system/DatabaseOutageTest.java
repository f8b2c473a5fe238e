package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jobclass.JobclassApplication;
import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.HttpBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database stops, or freezes, under a running application: requests fail within seconds with the "back in a
 * moment" page (503, Retry-After), health says DOWN, a staff form that could not be saved comes back to be sent
 * again, and once the database returns the application serves again by itself.
 */
class DatabaseOutageTest {

    @TempDir
    Path dataDirectory;

    private int databasePort;
    private EmbeddedPostgres database;
    private ConfigurableApplicationContext application;
    private int port;

    @BeforeEach
    void startTheDatabaseAndTheApplication() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        database = startDatabase();
        application = new SpringApplicationBuilder(JobclassApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
        port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        application.getBean(AccountService.class).createIfAbsent("outage-editor", "Outage Editor", AccountRole.EDITOR,
                "outage-editor-password");
    }

    @AfterEach
    void stopEverything() throws IOException {
        resume();
        application.close();
        database.close();
    }

    @Test
    void aStoppedDatabaseGivesQuickUnavailablePagesKeepsTheFormAndTheApplicationRecoversByItself() throws Exception {
        HttpBrowser editor = new HttpBrowser();
        editor.signIn(port, "outage-editor", "outage-editor-password");
        String form = editor.get(port, "/editor/descriptions/new").body();
        assertThat(new HttpBrowser().get(port, search()).statusCode()).isEqualTo(200);

        database.close();

        HttpResponse<String> page = timed(() -> get(new HttpBrowser(), search()), "a page while the database is stopped");
        assertUnavailable(page);
        assertThat(get(new HttpBrowser(), "/actuator/health").statusCode()).isEqualTo(503);

        Map<String, String> typed = new LinkedHashMap<>(Map.of("code", "9351", "officialTitle", "Outage Clerk",
                "workingTitle", "Outage Clerk", "grade", "10", "months", "12",
                "summary", "Typed while the database was stopped.", "duties[0]", "Keeps the records.", "action", "save"));
        HttpResponse<String> unsaved = editor.post(port, form, "/editor/descriptions", typed);
        assertUnavailable(unsaved);
        Element again = Jsoup.parse(unsaved.body()).selectFirst("form.unsaved-form");
        assertThat(again.attr("action")).isEqualTo("/editor/descriptions");
        assertThat(again.select("input[name=summary]").val()).isEqualTo("Typed while the database was stopped.");
        assertThat(again.select("input[name=duties[0]]").val()).isEqualTo("Keeps the records.");

        database = startDatabase();
        awaitHealthy();

        HttpResponse<String> sentAgain = editor.post(port, unsaved.body(), "/editor/descriptions", fieldsOf(again));
        assertThat(sentAgain.statusCode()).isEqualTo(302);
        assertThat(JdbcClient.create(application.getBean(javax.sql.DataSource.class))
                .sql("select summary from class_description where working_title = 'Outage Clerk'").query(String.class).single())
                .isEqualTo("Typed while the database was stopped.");
    }

    @Test
    void aFrozenDatabaseGivesUnavailablePagesWithinSecondsAndTheApplicationRecoversWhenItThaws() throws Exception {
        assertThat(new HttpBrowser().get(port, search()).statusCode()).isEqualTo(200);

        freeze();

        assertUnavailable(timed(() -> get(new HttpBrowser(), search()), "a page while the database is frozen"));
        assertThat(timed(() -> get(new HttpBrowser(), "/actuator/health"), "health while the database is frozen").statusCode())
                .isEqualTo(503);

        resume();
        awaitHealthy();
        assertThat(new HttpBrowser().get(port, search()).statusCode()).isEqualTo(200);
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Back in a moment");
    }

    /** An answer comes in seconds, not after the half-minute a hung connection would take. */
    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request, String what) {
        long started = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(what).isLessThan(Duration.ofSeconds(20));
        return response;
    }

    private HttpResponse<String> get(HttpBrowser browser, String path) {
        try {
            return browser.get(port, path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (new HttpBrowser().get(port, "/actuator/health").statusCode() != 200) {
            assertThat(System.nanoTime()).as("healthy again within a minute").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** A search no cache has answered before: it needs the database. */
    private static String search() {
        return "/search?q=outage" + System.nanoTime();
    }

    private static Map<String, String> fieldsOf(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!input.attr("name").equals("_csrf")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    /** Stops every process of the database server where it stands, as a hung machine would. */
    private void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    private void resume() throws IOException {
        try {
            signal("-CONT");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        assertThat(new ProcessBuilder("kill", signal, String.valueOf(postmaster)).inheritIO().start().waitFor()).isZero();
        // Its backends and workers too; one may have ended meanwhile, which kill reports and which does not matter.
        List<String> children = new ArrayList<>(List.of("kill", signal));
        ProcessHandle.of(postmaster).ifPresent(server -> server.descendants()
                .forEach(child -> children.add(String.valueOf(child.pid()))));
        if (children.size() > 2) {
            new ProcessBuilder(children).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }
}
