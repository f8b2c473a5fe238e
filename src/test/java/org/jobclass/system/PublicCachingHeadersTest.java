package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the public reads may be stored by browsers and shared caches, which revalidate it on every use; unchanged
 * pages are answered 304. Static files live at content-hashed addresses and are kept for a year. Staff pages are
 * never stored.
 */
@ServerTest
class PublicCachingHeadersTest {

    private static final String CLASS_PAGE = "/classes/0435/coordinator-innovative-and-progressive-systemwide-training";
    private static final List<String> PUBLIC_READS = List.of(CLASS_PAGE, CLASS_PAGE + ".txt", CLASS_PAGE + ".pdf",
            "/classes", "/classes?range=a-c", "/classes?range=a-c&sort=grade", "/classes/0435", "/classes/codes",
            "/classes/grades", "/classes.csv", "/search?q=coordinator", "/search?grade=N");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publicReadsMayBeStoredButAreRevalidatedAndCarryValidators() throws Exception {
        for (String path : PUBLIC_READS) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("no-cache, public");
            assertThat(response.headers().allValues("Cache-Control")).as(path).hasSize(1);
            assertThat(response.headers().firstValue("ETag")).as(path).hasValueSatisfying(etag -> assertThat(etag).matches("\"[A-Za-z0-9_-]+\""));
            assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(response.headers().firstValue("Set-Cookie")).as("%s starts no session", path).isEmpty();
            assertThat(response.headers().firstValue("Pragma")).as(path).isEmpty();
        }
    }

    @Test
    void anUnchangedPublicReadIsAnsweredNotModified() throws Exception {
        for (String path : PUBLIC_READS) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get(path, "If-None-Match", etag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).contains(etag);
            assertThat(again.headers().firstValue("Cache-Control")).as(path).contains("no-cache, public");
            assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aPageNotModifiedSinceItsDateIsAnsweredNotModified() throws Exception {
        String lastModified = get(CLASS_PAGE).headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get(CLASS_PAGE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(CLASS_PAGE, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode()).isEqualTo(200);
    }

    @Test
    void staticFilesHaveContentHashedAddressesKeptForAYear() throws Exception {
        Matcher stylesheet = Pattern.compile("<link rel=\"stylesheet\" href=\"(/assets/css/site-[0-9a-f]{32}\\.css)\">")
                .matcher(get(CLASS_PAGE).body());
        assertThat(stylesheet.find()).as("the stylesheet's address carries its content hash").isTrue();

        HttpResponse<String> css = get(stylesheet.group(1));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).contains("max-age=31536000, public");
        assertThat(css.body()).contains(".site-header");
    }

    @Test
    void staffPagesAndTheSignInPageAreNeverStored() throws Exception {
        for (String path : List.of("/login", "/editor")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    @Test
    void pagesThatDoNotExistAreNotStoredEither() throws Exception {
        HttpResponse<String> missing = get("/classes/0435/no-such-title");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(missing.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        HttpResponse<String> pageBeyondTheLast = get("/classes?range=a-c&page=9");
        assertThat(pageBeyondTheLast.statusCode()).isEqualTo(404);
        assertThat(pageBeyondTheLast.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
}
