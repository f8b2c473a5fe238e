package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditEvent;
import org.jobclass.audit.AuditEventRepository;
import org.jobclass.audit.AuditSubject;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.FormPosts;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Admins manage accounts in the browser; there is always an active admin left. */
@ApplicationTest
@WithMockUser(username = "chief", roles = "ADMIN")
class AccountAdministrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> disabledAdmins = new ArrayList<>();

    /** Every change commits, as in production; the accounts are put back as they were after each test. */
    @AfterEach
    void putAccountsBack() {
        for (Long id : disabledAdmins) {
            jdbc.update("update account set enabled = true where id = ?", id);
        }
        jdbc.update("delete from account where username in ('new.editor', 'taken', 'last-admin', 'first-admin',"
                + " 'second-admin', 'leaver', 'forgetful', 'backup-admin', 'audited')");
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() {
        MvcTestResult created = post("/admin/accounts", "username", "New.Editor", "displayName", "New Editor",
                "role", "EDITOR", "password", "a-long-password");

        assertThat(created).hasStatus(302).hasRedirectedUrl("/admin/accounts")
                .flash().containsEntry("success", "The account new.editor was created.");
        Account account = repository.findByUsernameIgnoreCase("new.editor").orElseThrow();
        assertThat(account.getRole()).isEqualTo(AccountRole.EDITOR);
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a-long-password");
        assertThat(signIn("new.editor", "a-long-password")).hasStatus(302).hasRedirectedUrl("/editor");
        assertThat(HtmlPages.get(mvc, "/admin/accounts").select("#account-new\\.editor td").eachText())
                .startsWith("new.editor", "New Editor");
    }

    @Test
    void badAccountDetailsAreReportedBesideTheFieldsKeepingWhatWasTyped() {
        accounts.create("taken", "Taken", AccountRole.EDITOR, "a-long-password", "chief");

        Document page = HtmlPages.parse(post("/admin/accounts", "username", "Taken", "displayName", "Someone",
                "role", "EDITOR", "password", "short"));

        assertThat(page.selectFirst("#username-error").text()).isEqualTo("This username is already taken.");
        assertThat(page.selectFirst("#password-error").text()).isEqualTo("A password needs 12 to 72 characters, at most 72 bytes: an accented letter takes two.");
        assertThat(page.selectFirst("#username").attr("value")).isEqualTo("Taken");
        assertThat(page.selectFirst("#displayName").attr("value")).isEqualTo("Someone");

        Document badName = HtmlPages.parse(post("/admin/accounts", "username", "a b", "displayName", "", "role", "EDITOR",
                "password", "a-long-password"));
        assertThat(badName.selectFirst("#username-error").text())
                .isEqualTo("Use 3 to 60 letters, digits, dots, hyphens or underscores.");
        assertThat(badName.selectFirst("#displayName-error").text()).isEqualTo("Please fill this in.");
    }

    @Test
    void theLastActiveAdminCanBeNeitherDisabledNorDemoted() {
        Account last = accounts.create("last-admin", "Last Admin", AccountRole.ADMIN, "a-long-password", "chief");
        for (Long id : jdbc.queryForList("select id from account where role = 'ADMIN' and enabled and id <> ?", Long.class,
                last.getId())) {
            accounts.disable(id, "chief");
            disabledAdmins.add(id);
        }

        assertThatThrownBy(() -> accounts.disable(last.getId(), "chief"))
                .isInstanceOf(AccountRuleException.class).hasMessage("accounts.error.lastAdmin");
        assertThatThrownBy(() -> accounts.changeRole(last.getId(), AccountRole.EDITOR, "chief"))
                .isInstanceOf(AccountRuleException.class).hasMessage("accounts.error.lastAdmin");

        assertThat(post("/admin/accounts/" + last.getId() + "/disable", "confirmed", "true")).hasStatus(302)
                .flash().containsEntry("failure", "This is the last active admin: make another account admin"
                        + " before disabling or demoting this one.");
        assertThat(post("/admin/accounts/" + last.getId() + "/role", "role", "EDITOR")).hasStatus(302)
                .flash().containsKey("failure");
        Account unchanged = repository.findById(last.getId()).orElseThrow();
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getRole()).isEqualTo(AccountRole.ADMIN);
    }

    @Test
    void anAdminMayStepDownWhileAnotherActiveAdminRemains() {
        Account first = accounts.create("first-admin", "First", AccountRole.ADMIN, "a-long-password", "chief");
        accounts.create("second-admin", "Second", AccountRole.ADMIN, "a-long-password", "chief");

        assertThat(post("/admin/accounts/" + first.getId() + "/role", "role", "EDITOR")).hasStatus(302)
                .flash().containsKey("success");

        assertThat(repository.findById(first.getId()).orElseThrow().getRole()).isEqualTo(AccountRole.EDITOR);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        Account account = accounts.create("leaver", "Leaver", AccountRole.EDITOR, "a-long-password", "chief");

        post("/admin/accounts/" + account.getId() + "/disable", "confirmed", "true");
        assertThat(signIn("leaver", "a-long-password")).hasStatus(302).hasRedirectedUrl("/login?error");

        post("/admin/accounts/" + account.getId() + "/enable");
        assertThat(signIn("leaver", "a-long-password")).hasStatus(302).hasRedirectedUrl("/editor");
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        Account account = accounts.create("forgetful", "Forgetful", AccountRole.EDITOR, "the-old-password", "chief");

        assertThat(post("/admin/accounts/" + account.getId() + "/password", "password", "the-new-password")).hasStatus(302);

        assertThat(signIn("forgetful", "the-old-password")).hasRedirectedUrl("/login?error");
        assertThat(signIn("forgetful", "the-new-password")).hasRedirectedUrl("/editor");
    }

    @Test
    void aTooShortNewPasswordIsRefusedBesideItsField() {
        Account account = accounts.create("forgetful", "Forgetful", AccountRole.EDITOR, "the-old-password", "chief");

        Document page = HtmlPages.parse(post("/admin/accounts/" + account.getId() + "/password", "password", "short"));

        assertThat(page.selectFirst("#password-" + account.getId() + "-error").text())
                .isEqualTo("A password needs 12 to 72 characters, at most 72 bytes: an accented letter takes two.");
        assertThat(signIn("forgetful", "the-old-password")).hasRedirectedUrl("/editor");
    }

    @Test
    void accountChangesAreAudited() {
        accounts.create("backup-admin", "Backup", AccountRole.ADMIN, "a-long-password", "chief");
        Account account = accounts.create("audited", "Audited", AccountRole.EDITOR, "a-long-password", "chief");
        post("/admin/accounts/" + account.getId() + "/role", "role", "ADMIN");
        post("/admin/accounts/" + account.getId() + "/password", "password", "another-long-password");
        post("/admin/accounts/" + account.getId() + "/disable", "confirmed", "true");

        transactions.executeWithoutResult(reading -> {
            List<AuditEvent> events = auditEvents.findBySubjectTypeAndSubjectIdOrderByIdDesc(AuditSubject.ACCOUNT, account.getId());
            assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.ACCOUNT_DISABLED,
                    AuditAction.ACCOUNT_PASSWORD_RESET, AuditAction.ACCOUNT_ROLE_CHANGED, AuditAction.ACCOUNT_CREATED);
            assertThat(events).extracting(AuditEvent::getActor).containsOnly("chief");
            assertThat(events.get(2).getChanges()).extracting(change -> change.getOldValue() + " -> " + change.getNewValue())
                    .containsExactly("EDITOR -> ADMIN");
            assertThat(events.get(1).getChanges()).isEmpty();
        });
    }

    private MvcTestResult post(String path, String... params) {
        return FormPosts.post(mvc, path, params);
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr("192.0.2.10");
            return request;
        }).param("username", username).param("password", password).exchange();
    }
}
