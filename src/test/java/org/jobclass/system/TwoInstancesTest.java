package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.HttpBrowser;
import org.jobclass.testing.SecondInstance;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application on one database, as behind a load balancer that sends each request to either: a
 * browser signed in through one keeps working through the other, an account disabled on one has its session ended on
 * the other, and what one publishes the other serves at once.
 */
@ServerTest
@Import(CatalogFixtures.class)
class TwoInstancesTest {

    private static final String CODE = "9341";

    private static SecondInstance otherInstance;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogFixtures fixtures;

    @BeforeAll
    static void startTheOtherInstance() {
        otherInstance = SecondInstance.start();
    }

    @AfterAll
    static void stopTheOtherInstance() {
        otherInstance.close();
    }

    @AfterEach
    void removeWhatWasMade() {
        fixtures.deleteEverythingUnder(CODE);
        jdbc.sql("delete from account where username in ('twin-editor', 'twin-admin')").update();
    }

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOtherEndsOnBothAndSeesWhatEitherPublished() throws Exception {
        accounts.createIfAbsent("twin-editor", "Twin Editor", AccountRole.EDITOR, "twin-editor-password");
        accounts.createIfAbsent("twin-admin", "Twin Admin", AccountRole.ADMIN, "twin-admin-password");
        HttpBrowser editor = new HttpBrowser();
        HttpBrowser admin = new HttpBrowser();

        assertThat(HttpBrowser.location(editor.signIn(port, "twin-editor", "twin-editor-password"))).isEqualTo("/editor");
        HttpResponse<String> dashboard = editor.get(otherPort(), "/editor");
        assertThat(dashboard.statusCode()).as("signed in through the other instance").isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as twin-editor");

        Map<String, String> draft = new LinkedHashMap<>(Map.of("code", CODE, "officialTitle", "Twin Keeper",
                "workingTitle", "Twin Keeper", "grade", "12", "months", "12", "summary", "Keeps the twins.",
                "overtimeEligible", "true", "duties[0]", "Feeds the twins.", "action", "save"));
        HttpResponse<String> saved = editor.postForm(otherPort(), "/editor/descriptions/new", "/editor/descriptions", draft);
        assertThat(saved.statusCode()).isEqualTo(302);
        long id = jdbc.sql("select id from class_description where working_title = 'Twin Keeper'").query(Long.class).single();
        assertThat(editor.get(port, "/editor/descriptions/" + id + "/preview").body()).contains("Keeps the twins.");

        admin.signIn(otherPort(), "twin-admin", "twin-admin-password");
        long version = jdbc.sql("select version from class_description where id = :id").param("id", id).query(Long.class).single();
        HttpResponse<String> published = admin.postForm(port, "/editor/descriptions/" + id + "/preview",
                "/editor/descriptions/" + id + "/publish", Map.of("version", String.valueOf(version),
                        "overrideReason", "Dates follow."));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(new HttpBrowser().get(otherPort(), "/classes/" + CODE + "/twin-keeper").body())
                .as("published on one, served by the other").contains("Keeps the twins.");

        long editorId = jdbc.sql("select id from account where username = 'twin-editor'").query(Long.class).single();
        HttpResponse<String> disabled = admin.postForm(otherPort(), "/admin/accounts", "/admin/accounts/" + editorId + "/disable",
                Map.of("confirmed", "true"));
        assertThat(disabled.statusCode()).isEqualTo(302);

        HttpResponse<String> afterwards = editor.get(port, "/editor");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(afterwards)).isEqualTo("/login?expired");
        assertThat(editor.get(otherPort(), "/editor").statusCode()).as("no longer signed in anywhere").isEqualTo(302);
    }

    private static int otherPort() {
        return otherInstance.port();
    }

}
