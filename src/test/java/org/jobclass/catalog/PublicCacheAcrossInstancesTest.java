package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.EditingService;
import org.jobclass.testing.SecondInstance;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Public pages are cached, but never outlive a change: every publication, retirement, restoration and date change
 * made through one instance is seen at once by another instance on the same database, whose caches were warm.
 */
@ServerTest
@Import(CatalogFixtures.class)
class PublicCacheAcrossInstancesTest {

    private static final String CODE = "7801";
    private static final String PAGE = "/classes/7801/vireo-inspector";

    private static SecondInstance otherInstance;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    EditingService editing;

    @Autowired
    ClassDatesService dates;

    @Autowired
    CatalogFixtures fixtures;

    @BeforeAll
    static void startAnotherInstance() {
        otherInstance = SecondInstance.start();
    }

    @AfterAll
    static void stopTheOtherInstance() {
        otherInstance.close();
    }

    @BeforeEach
    void signInAsAnAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
    }

    @AfterEach
    void removeTheDescription() {
        SecurityContextHolder.clearContext();
        fixtures.deleteEverythingUnder(CODE);
    }

    private int otherPort() {
        return otherInstance.port();
    }

    private HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> onTheOtherInstance(String path, String... headers) throws Exception {
        return get(otherPort(), path, headers);
    }

    private static String search(String words) {
        return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private long publish(String summary) {
        DescriptionContent content = CatalogFixtures.content(CODE, "Vireo Inspector", summary);
        long id = editing.findByCodeAndWorkingTitle(CODE, "Vireo Inspector").orElse(-1L);
        if (id < 0) {
            return editing.createAndPublish(content, null, org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "admin");
        }
        editing.saveAndPublish(id, content, editing.summary(id).version(), null, org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "admin");
        return id;
    }

    /** Reads every cached page about the description on both instances, so that their caches hold them. */
    private void warmBothInstances() throws Exception {
        for (int instance : List.of(port, otherPort())) {
            for (String path : List.of(PAGE, PAGE + ".txt", PAGE + ".pdf", search("vireo"), "/classes?range=r-z",
                    "/classes/" + CODE, "/classes/codes", "/classes.csv")) {
                get(instance, path);
            }
        }
    }

    @Test
    void aNewPublicationIsServedAtOnceByTheOtherInstance() throws Exception {
        publish("Counts the vireo nests.");
        warmBothInstances();
        assertThat(onTheOtherInstance(search("nests")).body()).contains("href=\"" + PAGE + "\"");
        HttpResponse<String> before = onTheOtherInstance(PAGE);
        assertThat(before.body()).contains("Counts the vireo nests.");
        String etag = before.headers().firstValue("ETag").orElseThrow();

        publish("Surveys the vireo habitats.");

        HttpResponse<String> after = onTheOtherInstance(PAGE, "If-None-Match", etag);
        assertThat(after.statusCode()).as("a copy of the former revision is no longer current").isEqualTo(200);
        assertThat(after.body()).contains("Surveys the vireo habitats.").doesNotContain("nests");
        assertThat(onTheOtherInstance(PAGE + ".txt").body()).contains("Surveys the vireo habitats.");
        assertThat(onTheOtherInstance(search("vireo")).body()).contains("Surveys the");
        assertThat(onTheOtherInstance(search("nests")).body()).doesNotContain("href=\"" + PAGE + "\"");
    }

    @Test
    void aRetirementAndARestorationAreServedAtOnceByTheOtherInstance() throws Exception {
        long id = publish("Inspects the vireo habitats.");
        warmBothInstances();
        assertThat(onTheOtherInstance("/classes?range=r-z").body()).contains("Vireo Inspector");

        editing.retire(id, "admin");

        assertThat(onTheOtherInstance(PAGE).statusCode()).isEqualTo(410);
        assertThat(onTheOtherInstance(PAGE + ".pdf").statusCode()).isEqualTo(404);
        assertThat(onTheOtherInstance(search("vireo")).body()).doesNotContain("href=\"" + PAGE + "\"");
        assertThat(onTheOtherInstance("/classes?range=r-z").body()).doesNotContain("Vireo Inspector");
        assertThat(onTheOtherInstance("/classes/" + CODE).statusCode()).isEqualTo(404);
        assertThat(onTheOtherInstance("/classes.csv").body()).doesNotContain("Vireo Inspector");

        editing.restore(id, "admin");

        assertThat(onTheOtherInstance(PAGE).statusCode()).isEqualTo(200);
        assertThat(onTheOtherInstance(search("vireo")).body()).contains("href=\"" + PAGE + "\"");
        assertThat(onTheOtherInstance("/classes?range=r-z").body()).contains("Vireo Inspector");
        assertThat(onTheOtherInstance("/classes/codes").body()).contains("Vireo Inspector");
    }

    @Test
    void aDateChangeIsServedAtOnceByTheOtherInstance() throws Exception {
        long id = publish("Inspects the vireo habitats.");
        warmBothInstances();

        dates.setLastReviewed(id, LocalDate.of(2024, 3, 14), "admin");

        assertThat(onTheOtherInstance(PAGE).body()).contains("3/2024");
        assertThat(onTheOtherInstance(PAGE + ".txt").body()).contains("3/2024");
    }
}
