package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.HttpBrowser;
import org.jobclass.testing.SecondInstance;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind the county's TLS proxy: what the trusted proxy forwards (the visitor's address, HTTPS) is believed, and a
 * session over HTTPS gets Secure cookies and HSTS; the same headers from anyone else change nothing.
 */
@ServerTest
class BehindAProxyTest {

    private static final String[] THROUGH_THE_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheAccount() {
        jdbc.sql("delete from account where username = 'proxied-editor'").update();
    }

    @Test
    void aSessionOverHttpsThroughTheTrustedProxyHasSecureCookiesHstsAndTheVisitorsAddress() throws Exception {
        accounts.createIfAbsent("proxied-editor", "Proxied Editor", AccountRole.EDITOR, "proxied-editor-password");
        HttpBrowser browser = new HttpBrowser(THROUGH_THE_PROXY);

        HttpResponse<String> signInPage = browser.get(port, "/login");
        assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).startsWith("max-age="));
        assertThat(cookie(signInPage, "JOBCLASS-FORM-TOKEN")).contains("; Secure").containsIgnoringCase("SameSite=Lax");

        assertThat(browser.signIn(port, "proxied-editor", "wrong-password").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select detail from audit_event where action = 'SIGN_IN_FAILED' and subject_label = 'proxied-editor'"
                + " order by id desc limit 1").query(String.class).single()).endsWith("from 203.0.113.7");

        HttpResponse<String> signedIn = browser.signIn(port, "proxied-editor", "proxied-editor-password");
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://").endsWith("/editor"));
        assertThat(cookie(signedIn, "JOBCLASS-SESSION")).contains("; Secure", "; HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void plainHttpHasNeitherSecureCookiesNorHsts() throws Exception {
        HttpResponse<String> signInPage = new HttpBrowser().get(port, "/login");

        assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(signInPage, "JOBCLASS-FORM-TOKEN")).doesNotContain("Secure");
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNotATrustedProxyChangeNothing() throws Exception {
        try (SecondInstance trustingAnotherProxy = SecondInstance.start("--server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9")) {
            HttpResponse<String> signInPage = new HttpBrowser(THROUGH_THE_PROXY).get(trustingAnotherProxy.port(), "/login");

            assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(cookie(signInPage, "JOBCLASS-FORM-TOKEN")).doesNotContain("Secure");
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream().filter(set -> set.startsWith(name + "=")).toList();
        assertThat(cookies).as(name + " set").hasSize(1);
        return cookies.get(0);
    }
}
