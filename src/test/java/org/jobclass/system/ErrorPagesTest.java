package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jobclass.testing.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors reach people as pages in the site's look, never as stack traces or the container's defaults. */
@ServerTest
class ErrorPagesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "/no/such/page",
            "/classes/0435/no-such-title",
            "/classes/9999",
            "/classes?range=s-t"})
    void anUnknownAddressGetsTheFriendlyNotFoundPage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.selectFirst(".site-title").text())
                .isEqualTo("Office of Human Resources - Montgomery County Public Schools");
        assertThat(page.select("main a[href=/classes]").eachText()).containsExactly("Browse all class descriptions");
        assertNoInternals(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/classes", "/classes/0435/coordinator-innovative-and-progressive-systemwide-training"})
    void aRefusedRequestGetsAPageInTheSiteLook(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Not allowed");
        assertNoInternals(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/classes/codes?page=first", "/classes?page=99999999999999999999"})
    void aRequestThatCannotBeAnsweredGetsAPageSayingSoNotOneAskingToWait(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("This request could not be answered");
        assertThat(page.selectFirst("main").text()).doesNotContain("in a moment");
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "Whitelabel", "trace");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
