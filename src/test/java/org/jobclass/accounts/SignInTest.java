package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditEvent;
import org.jobclass.audit.AuditEventRepository;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** HR staff sign in and out on the site's own page; failures are throttled and audited. */
@ApplicationTest
class SignInTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AuditEventRepository auditEvents;

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** Failed sign-ins are counted per account across tests, so each test signs in with accounts of its own. */
    private String editor;
    private String admin;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Every sign-in commits, as in production; the accounts made here are removed after each test. */
    @AfterEach
    void removeAccounts() {
        jdbc.update("delete from account where username in (?, ?)", editor, admin);
    }

    @BeforeEach
    void accounts() {
        int number = ACCOUNTS.incrementAndGet();
        editor = "signin-editor-" + number;
        admin = "signin-admin-" + number;
        accounts.createIfAbsent(editor, "Sign-in Editor", AccountRole.EDITOR, "correct-password");
        accounts.createIfAbsent(admin, "Sign-in Admin", AccountRole.ADMIN, "admin-password!");
    }

    @Test
    void theSignInPageHasTheSitesLookAndACsrfProtectedForm() {
        Document page = HtmlPages.get(mvc, "/login");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Staff sign-in");
        assertThat(page.selectFirst(".site-title").text()).isEqualTo("Office of Human Resources - Montgomery County Public Schools");
        assertThat(page.select("form[action=/login] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void signingInLeadsToTheDashboard() {
        MvcTestResult result = signIn(editor, "correct-password", "198.51.100.1");

        assertThat(result).hasStatus(302).hasRedirectedUrl("/editor");
        assertThat(mvc.get().uri("/editor").cookie(sessionOf(result))).hasStatusOk();
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        assertThat(signIn(editor.toUpperCase(), "correct-password", "198.51.100.2"))
                .hasRedirectedUrl("/editor");
    }

    @Test
    void aWrongPasswordShowsAMessageAndKeepsTheUsername() {
        MvcTestResult failed = signIn(editor, "wrong-password", "198.51.100.3");
        assertThat(failed).hasRedirectedUrl("/login?error");

        Document page = HtmlPages.parse(mvc.get().uri("/login?error").cookie(sessionOf(failed)).exchange());

        assertThat(page.selectFirst("[role=alert]").text())
                .isEqualTo("The username or password is not right, or the account is disabled. Please try again.");
        assertThat(page.selectFirst("#username").attr("value")).isEqualTo(editor);
        assertThat(page.selectFirst("#password").attr("value")).isEmpty();
    }

    @Test
    void afterThreeFailuresTheAccountWaitsEvenWithTheRightPasswordHoweverTheNameIsSpelt() {
        String[] spellings = {editor, editor.toUpperCase(java.util.Locale.ROOT), " " + editor + " "};
        for (String spelling : spellings) {
            assertThat(signIn(spelling, "guess", "198.51.100.4"))
                    .hasRedirectedUrl("/login?error");
        }

        assertThat(signIn(editor, "correct-password", "198.51.100.5"))
                .hasRedirectedUrl("/login?throttled=2");
        assertThat(signIn(admin, "admin-password!", "198.51.100.4"))
                .hasRedirectedUrl("/editor");
        Document page = HtmlPages.get(mvc, "/login?throttled=2");
        assertThat(page.selectFirst("[role=alert]").text())
                .isEqualTo("Too many failed sign-ins. For your security, please wait 2 seconds before trying again.");
    }

    @Test
    void aUsernameLongerThanAnyAccountsIsRefusedAndKeptNowhere() {
        String huge = "x".repeat(100_000);

        assertThat(signIn(huge, "guess", "198.51.100.9")).hasRedirectedUrl("/login?error");
        assertThat(auditEvents.findByActionOrderByIdDesc(AuditAction.SIGN_IN_FAILED).get(0).getSubjectLabel())
                .hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void afterTwentyFailuresFromOneAddressItIsRefusedForEveryAccount() {
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            signIn("nobody-" + i, "guess", "203.0.113.20");
        }

        String refused = signIn(admin, "admin-password!", "203.0.113.20").getResponse().getRedirectedUrl();
        long elapsed = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        // Fifteen minutes from the first failure, less the time the twenty attempts took.
        assertThat(refused).startsWith("/login?throttled=");
        assertThat(Long.parseLong(refused.substring("/login?throttled=".length()))).isBetween(900 - elapsed - 1, 900L);
        assertThat(signIn(admin, "admin-password!", "203.0.113.21"))
                .hasRedirectedUrl("/editor");
    }

    @Test
    void failedAndSuccessfulSignInsAreAuditedWithTheirAddress() {
        signIn(editor, "wrong-password", "198.51.100.6");
        signIn(editor, "correct-password", "198.51.100.6");

        List<AuditEvent> failures = auditEvents.findByActionOrderByIdDesc(AuditAction.SIGN_IN_FAILED);
        assertThat(failures.get(0).getSubjectLabel()).isEqualTo(editor);
        assertThat(failures.get(0).getDetail()).isEqualTo("rejected; from 198.51.100.6");
        assertThat(failures.get(0).getActor()).isNull();
        List<AuditEvent> successes = auditEvents.findByActionOrderByIdDesc(AuditAction.SIGNED_IN);
        assertThat(successes.get(0).getActor()).isEqualTo(editor);
    }

    @Test
    void signingOutEndsTheSession() {
        Cookie session = sessionOf(signIn(editor, "correct-password", "198.51.100.7"));

        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf())).hasRedirectedUrl("/login?signedOut");

        assertThat(mvc.get().uri("/editor").cookie(session)).hasStatus(302).redirectedUrl().endsWith("/login");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        Cookie editorSession = sessionOf(signIn(editor, "correct-password", "198.51.100.8"));
        assertThat(mvc.get().uri("/editor").cookie(editorSession)).hasStatusOk();

        Cookie adminSession = sessionOf(signIn(admin, "admin-password!", "198.51.100.9"));
        long editorId = repository.findByUsernameIgnoreCase(editor).orElseThrow().getId();
        assertThat(mvc.post().uri("/admin/accounts/" + editorId + "/disable").cookie(adminSession).with(csrf()).param("confirmed", "true"))
                .hasStatus(302);

        assertThat(mvc.get().uri("/editor").cookie(editorSession)).hasStatus(302).hasRedirectedUrl("/login?expired");
    }

    private MvcTestResult signIn(String username, String password, String address) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password).exchange();
    }

    /** The session cookie a response set: sessions live in the database, named by this cookie. */
    private static Cookie sessionOf(MvcTestResult result) {
        Cookie cookie = result.getResponse().getCookie("JOBCLASS-SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
