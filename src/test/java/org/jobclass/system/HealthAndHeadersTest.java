package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.HttpBrowser;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class HealthAndHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @Test
    void healthSaysUpToAnyoneAndItsPartsToAdminsOnly() throws Exception {
        HttpResponse<String> anyone = get("/actuator/health");
        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db", "diskSpace");

        accounts.createIfAbsent("health-admin", "Health Admin", AccountRole.ADMIN, "health-admin-password");
        HttpBrowser admin = new HttpBrowser();
        admin.signIn(port, "health-admin", "health-admin-password");
        assertThat(admin.get(port, "/actuator/health").body()).contains("\"db\":{", "\"database\":\"PostgreSQL\"");
    }

    @Test
    void pagesForbidInlineScriptAndFraming() throws Exception {
        HttpResponse<String> response = get("/classes");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
