package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jobclass.testing.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: signing in replaces the session id, so a session planted before sign-in is worthless. */
@ServerTest
class SessionFixationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void signingInChangesTheSessionId() throws Exception {
        accounts.createIfAbsent("fixation-editor", "Fixation Editor", AccountRole.EDITOR, "correct-password");
        HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = Jsoup.parse(signInPage.body()).selectFirst("input[name=_csrf]").attr("value");
        String before = sessionId();

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=fixation-editor&password=correct-password&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/editor"));
        assertThat(before).isNotNull();
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(http.send(HttpRequest.newBuilder(uri("/editor")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JOBCLASS-SESSION"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
