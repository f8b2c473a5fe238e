package org.jobclass.accounts;

import java.util.List;
import java.util.Locale;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.audit.FieldChange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and changes their role, access and password, for admins only; there is always at least one
 * active admin. Every change is audited, and a change of access ends the account's open sessions.
 */
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

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountRuleException("accounts.error.notFound"));
    }

    @Transactional(readOnly = true)
    boolean usernameTaken(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account create(String username, String displayName, AccountRole role, String password, String actor) {
        return createAccount(username, displayName, role, password, actor);
    }

    /** For start-up only: creates the account unless its username is taken. Not reachable from the web. */
    public boolean createIfAbsent(String username, String displayName, AccountRole role, String password) {
        if (accounts.existsByUsernameIgnoreCase(username.strip())) {
            return false;
        }
        createAccount(username, displayName, role, password, null);
        return true;
    }

    private Account createAccount(String username, String displayName, AccountRole role, String password, String actor) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsernameIgnoreCase(normalized)) {
            throw new AccountRuleException("accounts.error.usernameTaken");
        }
        Account account = accounts.save(new Account(normalized, displayName.strip(), passwordEncoder.encode(password), role));
        audit.record(actor, AuditAction.ACCOUNT_CREATED, AuditSubject.ACCOUNT, account.getId(), account.getUsername(),
                List.of(new FieldChange("username", null, account.getUsername()),
                        new FieldChange("displayName", null, account.getDisplayName()),
                        new FieldChange("role", null, role.name()),
                        new FieldChange("enabled", null, String.valueOf(account.isEnabled()))));
        return account;
    }

    @PreAuthorize("hasRole('ADMIN')")
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

    @PreAuthorize("hasRole('ADMIN')")
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

    @PreAuthorize("hasRole('ADMIN')")
    public void enable(long id, String actor) {
        Account account = get(id);
        if (account.isEnabled()) {
            return;
        }
        account.setEnabled(true);
        audit.record(actor, AuditAction.ACCOUNT_ENABLED, AuditSubject.ACCOUNT, account.getId(), account.getUsername(),
                List.of(new FieldChange("enabled", "false", "true")));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String password, String actor) {
        Account account = get(id);
        account.setPasswordHash(passwordEncoder.encode(password));
        sessions.endAllOf(account.getUsername());
        audit.record(actor, AuditAction.ACCOUNT_PASSWORD_RESET, AuditSubject.ACCOUNT, account.getId(),
                account.getUsername(), List.of());
    }

    @Transactional(readOnly = true)
    public boolean hasActiveAdmin() {
        return accounts.existsByRoleAndEnabledTrue(AccountRole.ADMIN);
    }

    /** Creates the first admin from configuration when there is no active admin yet. */
    public boolean createInitialAdmin(String username, String password) {
        accounts.lockInitialAdminCreation();
        if (!accounts.lockActiveAdmins().isEmpty()) {
            return false;
        }
        return createIfAbsent(username, "Administrator", AccountRole.ADMIN, password);
    }

    private void requireAnotherActiveAdmin(Account account) {
        boolean anotherActiveAdmin = accounts.lockActiveAdmins().stream()
                .anyMatch(admin -> !admin.getId().equals(account.getId()));
        if (!anotherActiveAdmin) {
            throw new AccountRuleException("accounts.error.lastAdmin");
        }
    }
}
