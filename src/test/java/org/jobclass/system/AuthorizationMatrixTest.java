package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every route, as the public, an editor and an admin, by GET and by POST: exactly the intended answer.
 * "login" means a redirect to the sign-in page. POSTs carry a CSRF token unless the row says otherwise.
 */
@ApplicationTest
@Transactional
class AuthorizationMatrixTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "{0} {1}: public {2}, editor {3}, admin {4}")
    @CsvSource({
            // method, path,                                                   public, editor, admin
            "GET,  /,                                                          302,    302,    302",
            "GET,  /classes,                                                   200,    200,    200",
            "GET,  /classes?range=a-c,                                         200,    200,    200",
            "GET,  /classes/0435/coordinator-innovative-and-progressive-systemwide-training, 200, 200, 200",
            "GET,  /assets/css/site.css,                                       200,    200,    200",
            "GET,  /login,                                                     200,    200,    200",
            "GET,  /actuator/health,                                           200,    200,    200",
            "GET,  /editor,                                                    login,  200,    200",
            "GET,  /editor/descriptions/new,                                   login,  200,    200",
            "GET,  /editor/descriptions/new?basedOn=1,                         login,  200,    200",
            "GET,  /editor/descriptions/1/edit,                                login,  200,    200",
            "GET,  /editor/descriptions/1/preview,                             login,  200,    200",
            "GET,  /editor/descriptions/999999/edit,                           login,  404,    404",
            "GET,  /admin/descriptions/1/dates,                                login,  403,    200",
            "GET,  /admin/accounts,                                            login,  403,    200",
            "GET,  /admin/audit,                                               login,  403,    200",
            "POST, /editor/descriptions,                                       login,  200,    200",
            "POST, /editor/descriptions/1,                                     login,  200,    200",
            "POST, /editor/descriptions/1/publish?version=0,                   login,  302,    302",
            "POST, /editor/descriptions/1/retire,                              login,  302,    302",
            "POST, /editor/descriptions/1/restore,                             login,  302,    302",
            "POST, /admin/descriptions/1/dates/reviewed/today,                 login,  403,    302",
            "POST, /admin/descriptions/1/dates/revised/today,                  login,  403,    302",
            "POST, /admin/descriptions/1/dates/established?established=2022-06, login, 403,    302",
            "POST, /admin/accounts/1/disable,                                  login,  403,    302",
            "POST, /admin/accounts/1/password?password=short,                  login,  403,    200",
            "POST, /admin/accounts,                                            login,  403,    200",
            "POST, /classes,                                                   login,  403,    403",
            "POST, /logout,                                                    302,    302,    302"})
    void eachRoleGetsExactlyTheIntendedAnswer(String method, String path, String asPublic, String asEditor,
                                              String asAdmin) {
        assertAnswer(request(method, path, null), asPublic);
        assertAnswer(request(method, path, user("matrix-editor").roles("EDITOR")), asEditor);
        assertAnswer(request(method, path, user("matrix-admin").roles("ADMIN")), asAdmin);
    }

    @ParameterizedTest(name = "POST {0} without a CSRF token")
    @CsvSource({"/editor/descriptions/1/retire", "/editor/descriptions", "/admin/accounts/1/disable",
            "/admin/descriptions/1/dates/reviewed/today", "/logout", "/login"})
    void aPostWithoutCsrfTokenIsRefusedForEveryone(String path) {
        assertThat(mvc.post().uri(path).exchange()).hasStatus(403);
        assertThat(mvc.post().uri(path).with(user("matrix-editor").roles("EDITOR")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri(path).with(user("matrix-admin").roles("ADMIN")).exchange()).hasStatus(403);
    }

    private MvcTestResult request(String method, String path, RequestPostProcessor as) {
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
