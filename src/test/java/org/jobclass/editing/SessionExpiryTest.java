package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP, as a browser keeps its cookies: an editor whose session ended while typing presses Save, signs in
 * again and sends the very text typed; nothing was saved in between, and a change saved meanwhile by someone else
 * still leads to the conflict screen. A form that did not come from the site's own page is never kept.
 */
@ServerTest
@Import(CatalogFixtures.class)
class SessionExpiryTest {

    private static final String CODE = "0076";
    private static final String TYPED = "Typed while the session ran out: leads the organisational development team.";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private long id;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent("expiry-editor", "Expiry Editor", AccountRole.EDITOR, "expiry-password");
        id = fixtures.publish(CatalogFixtures.content(CODE, "Expiry Coordinator", "Coordinates what expires."));
    }

    @AfterEach
    void tearDown() {
        fixtures.deleteEverythingUnder(CODE);
    }

    @Test
    void textTypedBeforeTheSessionEndedIsSentAfterSigningInAgain() throws Exception {
        Map<String, List<String>> fields = summaryTypedUntilTheSessionEnded();

        HttpResponse<String> save = post("/editor/descriptions/" + id, fields);

        assertThat(save.statusCode()).isEqualTo(302);
        assertThat(save.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(summaryStored()).isEqualTo("Coordinates what expires.");
        Document signInPage = page("/login");
        assertThat(signInPage.selectFirst("[role=status], [role=alert]").text())
                .isEqualTo("Your session ended before your changes were sent. They are kept: sign in again to send them.");

        HttpResponse<String> signedIn = signIn();
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/editor/resume");
        Document resume = page("/editor/resume");
        Element resend = resume.selectFirst("form.resume-form");
        assertThat(resend.attr("action")).isEqualTo("/editor/descriptions/" + id);
        assertThat(resend.selectFirst("input[name=summary]").attr("value")).isEqualTo(TYPED);
        assertThat(resume.select("input[name=_csrf]")).isNotEmpty();
        assertThat(summaryStored()).as("nothing is saved before the editor sends it").isEqualTo("Coordinates what expires.");

        HttpResponse<String> sent = post(resend.attr("action"), fieldsOf(resend));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/editor/descriptions/" + id + "/preview");
        assertThat(summaryStored()).isEqualTo(TYPED);
        HttpResponse<String> again = get("/editor/resume");
        assertThat(again.statusCode()).as("the kept form is gone once sent").isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/editor");
    }

    @Test
    void aChangeSavedMeanwhileStillLeadsToTheConflictScreenWithTheKeptText() throws Exception {
        Map<String, List<String>> fields = summaryTypedUntilTheSessionEnded();
        post("/editor/descriptions/" + id, fields);
        jdbc.update("update class_description set summary = 'Changed by someone else.', version = version + 1 where id = ?", id);

        signIn();
        Element resend = page("/editor/resume").selectFirst("form.resume-form");
        HttpResponse<String> sent = post(resend.attr("action"), fieldsOf(resend));

        assertThat(sent.statusCode()).isEqualTo(200);
        Document conflict = Jsoup.parse(sent.body());
        assertThat(conflict.selectFirst("#conflict-heading").text()).isEqualTo("Someone else saved this description while you were editing it");
        assertThat(conflict.selectFirst("textarea[name=summary]").text()).isEqualTo(TYPED);
        assertThat(summaryStored()).isEqualTo("Changed by someone else.");
    }

    @Test
    void aFormWhoseTokenWasReplacedBySigningInAgainElsewhereIsKeptToBeSent() throws Exception {
        Map<String, List<String>> fields = summaryTypedUntilTheSessionEnded();
        signIn();

        HttpResponse<String> save = post("/editor/descriptions/" + id, fields);

        assertThat(save.statusCode()).isEqualTo(302);
        assertThat(save.headers().firstValue("Location").orElseThrow()).endsWith("/editor/resume");
        Element resend = page("/editor/resume").selectFirst("form.resume-form");
        assertThat(post(resend.attr("action"), fieldsOf(resend)).statusCode()).isEqualTo(302);
        assertThat(summaryStored()).isEqualTo(TYPED);
    }

    @Test
    void aFormWithoutTheSitesOwnTokenIsNotKept() throws Exception {
        Map<String, List<String>> crafted = new java.util.LinkedHashMap<>();
        crafted.put("summary", List.of("Planted from another site."));
        crafted.put("_csrf", List.of("not-a-token"));

        HttpResponse<String> planted = post("/editor/descriptions/" + id, crafted);

        assertThat(planted.statusCode()).isEqualTo(403);
        HttpResponse<String> signedIn = signIn();
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/editor");
        assertThat(get("/editor/resume").headers().firstValue("Location").orElseThrow()).endsWith("/editor");
    }

    @Test
    void sessionsAreTrackedByCookieOnlyNeverInTheAddresses() throws Exception {
        HttpClient firstVisit = HttpClient.newHttpClient();

        HttpResponse<String> refused = firstVisit.send(HttpRequest.newBuilder(uri("/editor/descriptions/" + id))
                .header("Cookie", "JOBCLASS-SESSION=0123456789ABCDEF0123456789ABCDEF")
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("summary=x&_csrf=stale")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signInPage = firstVisit.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        for (HttpResponse<String> page : List.of(refused, signInPage)) {
            assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
            assertThat(Jsoup.parse(page.body()).select("link[rel=stylesheet]").attr("href")).startsWith("/assets/css/site-");
        }
    }

    @Test
    void passwordsAreNeverKept() throws Exception {
        accounts.createIfAbsent("expiry-admin", "Expiry Admin", AccountRole.ADMIN, "expiry-admin-password");
        signIn("expiry-admin", "expiry-admin-password");
        Map<String, List<String>> fields = fieldsOf(page("/admin/accounts").selectFirst("form.new-account"));
        fields.put("username", List.of("expiry-new"));
        fields.put("displayName", List.of("Expiry New"));
        fields.put("password", List.of("a-secret-password"));
        endSession();

        post("/admin/accounts", fields);
        signIn("expiry-admin", "expiry-admin-password");
        Document resume = page("/editor/resume");

        assertThat(resume.selectFirst("form.resume-form input[name=displayName]").attr("value")).isEqualTo("Expiry New");
        assertThat(resume.select("input[name=password]")).isEmpty();
        assertThat(resume.html()).doesNotContain("a-secret-password");
    }

    /** The edit form as signed in, its summary typed over, and its session ended before Save. */
    private Map<String, List<String>> summaryTypedUntilTheSessionEnded() throws Exception {
        signIn();
        Map<String, List<String>> fields = fieldsOf(page("/editor/descriptions/" + id + "/edit").selectFirst("form.description-form"));
        fields.put("summary", List.of(TYPED));
        fields.put("action", List.of("save"));
        endSession();
        return fields;
    }

    private HttpResponse<String> signIn() throws Exception {
        return signIn("expiry-editor", "expiry-password");
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        Map<String, List<String>> fields = fieldsOf(page("/login").selectFirst("form[action=/login]"));
        fields.put("username", List.of(username));
        fields.put("password", List.of(password));
        HttpResponse<String> response = post("/login", fields);
        assertThat(response.statusCode()).isEqualTo(302);
        get(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()); // as a browser follows it
        return response;
    }

    /** What a session that timed out looks like to the server: the browser still sends a session id it no longer knows. */
    private void endSession() {
        for (HttpCookie cookie : new ArrayList<>(cookies.getCookieStore().getCookies())) {
            if (cookie.getName().equals("JOBCLASS-SESSION")) {
                cookie.setValue("0123456789ABCDEF0123456789ABCDEF");
            }
        }
    }

    private String summaryStored() {
        return jdbc.queryForObject("select summary from class_description where id = ?", String.class, id);
    }

    private static Map<String, List<String>> fieldsOf(Element form) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (type.equals("submit")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
            fields.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, List<String>> fields) throws Exception {
        String body = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
