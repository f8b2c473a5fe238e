package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every route, as the public, an editor and an admin, by GET and by POST: exactly the intended answer.
 * "login" means a redirect to the sign-in page. POSTs carry a CSRF token unless the row says otherwise.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
class AuthorizationMatrixTest {

    private static final String CODE = "0078";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long description;
    private long account;

    /** Every request commits, as in production: the routes that change something change this test's own. */
    @BeforeEach
    void subjects() {
        description = fixtures.publish(CatalogFixtures.content(CODE, "Matrix Clerk", "Files the matrix."));
        accounts.createIfAbsent("matrix-subject", "Matrix Subject", AccountRole.EDITOR, "a-long-password");
        account = jdbc.queryForObject("select id from account where username = 'matrix-subject'", Long.class);
    }

    @AfterEach
    void removeSubjects() {
        fixtures.deleteEverythingUnder(CODE);
        jdbc.update("delete from account where username = 'matrix-subject'");
    }

    @ParameterizedTest(name = "{0} {1}: public {2}, editor {3}, admin {4}")
    @CsvSource({
            // method, path,                                                                 public, editor, admin
            "GET,  /,                                                                          302,    302,    302",
            "GET,  /classes,                                                                   200,    200,    200",
            "GET,  /classes?range=a-c,                                                         200,    200,    200",
            "GET,  /classes/0435/coordinator-innovative-and-progressive-systemwide-training,   200,    200,    200",
            "GET,  /assets/css/site.css,                                                       200,    200,    200",
            "GET,  /login,                                                                     200,    200,    200",
            "GET,  /actuator/health,                                                           200,    200,    200",
            "GET,  /editor,                                                                    login,  200,    200",
            "GET,  /editor/descriptions/new,                                                   login,  200,    200",
            "GET,  /editor/descriptions/new?basedOn=1,                                         login,  200,    200",
            "GET,  /editor/descriptions/1/edit,                                                login,  200,    200",
            "GET,  /editor/descriptions/1/preview,                                             login,  200,    200",
            "GET,  /editor/descriptions/999999/edit,                                           login,  404,    404",
            "GET,  /admin/descriptions/1/dates,                                                login,  403,    200",
            "GET,  /admin/accounts,                                                            login,  403,    200",
            "GET,  /admin/audit,                                                               login,  403,    200",
            "GET,  /admin/audit.csv,                                                           login,  403,    200",
            "GET,  /admin/audit.csv?action=SIGNED_IN&from=2026-01-01,                          login,  403,    200",
            "POST, /editor/descriptions,                                                       login,  200,    200",
            "POST, /editor/descriptions/{description},                                         login,  200,    200",
            "POST, /editor/descriptions/{description}/publish?version=0,                       login,  302,    302",
            "POST, /editor/descriptions/{description}/retire,                                  login,  200,    200",
            "POST, /editor/descriptions/{description}/restore,                                 login,  302,    302",
            "POST, /admin/descriptions/{description}/dates/reviewed/today,                     login,  403,    302",
            "POST, /admin/descriptions/{description}/dates/revised/today,                      login,  403,    302",
            "POST, /admin/descriptions/{description}/dates/established?established=2022-06,    login,  403,    302",
            "POST, /admin/accounts/{account}/disable,                                          login,  403,    200",
            "POST, /admin/accounts/{account}/password?password=short,                          login,  403,    200",
            "POST, /admin/accounts,                                                            login,  403,    200",
            "POST, /classes,                                                                   login,  403,    403",
            "POST, /logout,                                                                    302,    302,    302"})
    void eachRoleGetsExactlyTheIntendedAnswer(String method, String path, String asPublic, String asEditor,
                                              String asAdmin) {
        assertAnswer(request(method, path, null), asPublic);
        assertAnswer(request(method, path, user("matrix-editor").roles("EDITOR")), asEditor);
        assertAnswer(request(method, path, user("matrix-admin").roles("ADMIN")), asAdmin);
    }

    @ParameterizedTest(name = "POST {0} without a CSRF token")
    @CsvSource({"/editor/descriptions/{description}/retire", "/editor/descriptions", "/admin/accounts/{account}/disable",
            "/admin/descriptions/{description}/dates/reviewed/today", "/logout", "/login"})
    void aPostWithoutCsrfTokenIsRefusedForEveryone(String route) {
        String path = addressOf(route);
        assertThat(mvc.post().uri(path).exchange()).hasStatus(403);
        assertThat(mvc.post().uri(path).with(user("matrix-editor").roles("EDITOR")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri(path).with(user("matrix-admin").roles("ADMIN")).exchange()).hasStatus(403);
    }

    /** The route with its placeholders filled: changes are made to this test's own description and account. */
    private String addressOf(String route) {
        return route.replace("{description}", String.valueOf(description)).replace("{account}", String.valueOf(account));
    }

    private MvcTestResult request(String method, String route, RequestPostProcessor as) {
        String path = addressOf(route);
        var request = "GET".equals(method) ? mvc.get().uri(path) : mvc.post().uri(path).with(csrf());
        if (as != null) {
            request = request.with(as);
        }
        return request.exchange();
    }

    private static void assertAnswer(MvcTestResult result, String expected) {
        if ("login".equals(expected)) {
            assertThat(result).hasStatus(302).redirectedUrl().endsWith("/login");
        } else {
            assertThat(result).hasStatus(Integer.parseInt(expected));
        }
    }
}
