package org.jobclass.accounts;

import java.util.List;
import java.util.Locale;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes their role, access and password; there is always at least one active admin. */
@Service
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final SignedInSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, SignedInSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountRuleException("accounts.error.notFound"));
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    public Account create(String username, String displayName, AccountRole role, String password, String actor) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsernameIgnoreCase(normalized)) {
            throw new AccountRuleException("accounts.error.usernameTaken");
        }
        Account account = accounts.save(new Account(normalized, displayName.strip(), passwordEncoder.encode(password), role));
        audit.record(actor, AuditAction.ACCOUNT_CREATED, AuditSubject.ACCOUNT, account.getId(), account.getUsername(),
                List.of(new FieldChange("username", null, account.getUsername()),
                        new FieldChange("displayName", null, account.getDisplayName()),
                        new FieldChange("role", null, role.name())));
        return account;
    }

    public void changeRole(long id, AccountRole role, String actor) {
        Account account = get(id);
        if (account.getRole() == role) {
            return;
        }
        if (account.isActiveAdmin()) {
            requireAnotherActiveAdmin(account);
        }
        AccountRole before = account.getRole();
        account.setRole(role);
        sessions.endAllOf(account.getUsername());
        audit.record(actor, AuditAction.ACCOUNT_ROLE_CHANGED, AuditSubject.ACCOUNT, account.getId(), account.getUsername(),
                List.of(new FieldChange("role", before.name(), role.name())));
    }

    public void disable(long id, String actor) {
        Account account = get(id);
        if (!account.isEnabled()) {
            return;
        }
        if (account.isActiveAdmin()) {
            requireAnotherActiveAdmin(account);
        }
        account.setEnabled(false);
        sessions.endAllOf(account.getUsername());
        audit.record(actor, AuditAction.ACCOUNT_DISABLED, AuditSubject.ACCOUNT, account.getId(), account.getUsername(),
                List.of(new FieldChange("enabled", "true", "false")));
    }

    public void enable(long id, String actor) {
        Account account = get(id);
        if (account.isEnabled()) {
            return;
        }
        account.setEnabled(true);
        audit.record(actor, AuditAction.ACCOUNT_ENABLED, AuditSubject.ACCOUNT, account.getId(), account.getUsername(),
                List.of(new FieldChange("enabled", "false", "true")));
    }

    public void resetPassword(long id, String password, String actor) {
        Account account = get(id);
        account.setPasswordHash(passwordEncoder.encode(password));
        sessions.endAllOf(account.getUsername());
        audit.record(actor, AuditAction.ACCOUNT_PASSWORD_RESET, AuditSubject.ACCOUNT, account.getId(),
                account.getUsername(), List.of());
    }

    /** Creates the first admin from configuration when there is no active admin yet. */
    public boolean createInitialAdmin(String username, String password) {
        if (!accounts.lockActiveAdmins().isEmpty()) {
            return false;
        }
        create(username, "Administrator", AccountRole.ADMIN, password, null);
        return true;
    }

    private void requireAnotherActiveAdmin(Account account) {
        boolean anotherActiveAdmin = accounts.lockActiveAdmins().stream()
                .anyMatch(admin -> !admin.getId().equals(account.getId()));
        if (!anotherActiveAdmin) {
            throw new AccountRuleException("accounts.error.lastAdmin");
        }
    }
}
