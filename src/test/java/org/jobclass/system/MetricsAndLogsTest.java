package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operations: metrics for Prometheus, for admins only, timed per route; every log line names its request. */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class MetricsAndLogsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void prometheusReadsRequestTimingsPerRouteWithAnAdminsAccountOnly() throws Exception {
        accounts.createIfAbsent("metrics-admin", "Metrics Admin", AccountRole.ADMIN, "metrics-admin-password");
        accounts.createIfAbsent("metrics-editor", "Metrics Editor", AccountRole.EDITOR, "metrics-editor-password");
        get("/classes/0435/coordinator-innovative-and-progressive-systemwide-training");

        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", basic("metrics-editor", "metrics-editor-password")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", basic("metrics-admin", "metrics-admin-password"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{")
                .contains("uri=\"/classes/{code}/{slug:[^.]+}\"", "status=\"200\"")
                .contains("hikaricp_connections_active");
    }

    @Test
    void everyResponseAndEveryLogLineOfARequestCarryItsId(CapturedOutput output) throws Exception {
        HttpResponse<String> given = get("/no/such/page/for-the-log", "X-Request-Id", "proxy-4711");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("proxy-4711");
        assertThat(output.getOut()).containsPattern("\\[proxy-4711\\].*No mapping for GET /no/such/page/for-the-log");

        HttpResponse<String> made = get("/classes", "X-Request-Id", "not a sane id\u00e9");
        assertThat(made.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
