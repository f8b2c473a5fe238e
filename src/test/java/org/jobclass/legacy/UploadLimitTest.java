package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: an upload beyond the server's limits gets the import page with a message, a form beyond a few
 * megabytes or a broken multipart body a 4xx answer, never a server error.
 */
@ServerTest
class UploadLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aFileBeyondTheUploadLimitIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> response = uploadBeyondTheLimit("upload-editor", AccountRole.EDITOR, "/editor/import", "files");

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("main [role=alert]").text()).startsWith("The upload is too large (at most 25 MB a file");
        assertThat(page.select("a[href=/editor/import]")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aBackupBeyondTheUploadLimitIsRefusedSayingHowBackupsAreUploaded() throws Exception {
        HttpResponse<String> response = uploadBeyondTheLimit("upload-admin", AccountRole.ADMIN, "/admin/backup", "file");

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("main [role=alert]").text()).isEqualTo("The file is too large to upload (at most 25 MB)."
                + " Backups downloaded from this page are compressed; upload the .json.gz file as it was downloaded.");
        assertThat(page.select("a[href=/admin/backup]")).isNotEmpty();
    }

    /** Signs in with an account of this role and sends one file of 26 MB from the page that uploads it. */
    private HttpResponse<String> uploadBeyondTheLimit(String username, AccountRole role, String path, String field)
            throws Exception {
        accounts.createIfAbsent(username, "Upload Person", role, "upload-password");
        signIn(username);
        return postFile(path, csrfOf(get(path)), field, 26 * 1024 * 1024);
    }

    @Test
    void aFormOfMoreThanAFewMegabytesIsRefusedBeforeAnythingKeepsIt() throws Exception {
        String csrf = csrfOf(get("/login"));
        String huge = "x".repeat(5 * 1024 * 1024);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + huge + "&password=guess&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "at org.", huge.substring(0, 1000));
    }

    @Test
    void aBrokenMultipartBodyIsABadRequest() throws Exception {
        accounts.createIfAbsent("upload-editor", "Upload Editor", AccountRole.EDITOR, "upload-password");
        signIn();
        String csrf = csrfOf(get("/editor/import"));
        String boundary = "----jobclass-broken";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nOFFICIAL TITLE: cut off here";

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/editor/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void onlyTheUploadPagesTakeMultipartBodies() throws Exception {
        accounts.createIfAbsent("upload-editor", "Upload Editor", AccountRole.EDITOR, "upload-password");
        signIn();
        String csrf = csrfOf(get("/editor/descriptions/new"));
        HttpResponse<String> response = postFile("/editor/descriptions", csrf, "summary", 3 * 1024 * 1024);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aRequestOfMoreThanAFewMegabytesIsRefusedUnreadOutsideTheUploads() throws Exception {
        accounts.createIfAbsent("upload-editor", "Upload Editor", AccountRole.EDITOR, "upload-password");
        signIn();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/editor/descriptions"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024]))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Too much was sent");
    }

    /** Posts a multipart form of the token and one file of this many zero bytes. */
    private HttpResponse<String> postFile(String path, String csrf, String field, int bytes) throws Exception {
        String boundary = "----jobclass-upload-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[bytes]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn() throws Exception {
        signIn("upload-editor");
    }

    private void signIn(String username) throws Exception {
        String csrf = csrfOf(get("/login"));
        http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=upload-password&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String csrfOf(String html) {
        return Jsoup.parse(html).selectFirst("input[name=_csrf]").attr("value");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
