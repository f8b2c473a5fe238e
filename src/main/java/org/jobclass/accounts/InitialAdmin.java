package org.jobclass.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin at start-up from {@code jobclass.admin.username} and {@code jobclass.admin.password}
 * (environment: {@code JOBCLASS_ADMIN_USERNAME}, {@code JOBCLASS_ADMIN_PASSWORD}) when no active admin exists.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountService accounts;
    private final Settings settings;

    InitialAdmin(AccountService accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @ConfigurationProperties("jobclass.admin")
    record Settings(String username, String password) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(settings.username()) || !StringUtils.hasText(settings.password())) {
            if (!accountsHaveAnActiveAdmin()) {
                log.warn("No admin account exists. Set JOBCLASS_ADMIN_USERNAME and JOBCLASS_ADMIN_PASSWORD to create one.");
            }
            return;
        }
        if (!Passwords.isAcceptable(settings.password())) {
            throw new IllegalStateException("JOBCLASS_ADMIN_PASSWORD must have " + Passwords.MIN_LENGTH + " to "
                    + Passwords.MAX_LENGTH + " characters, at most " + Passwords.MAX_LENGTH + " bytes of UTF-8.");
        }
        if (accounts.createInitialAdmin(settings.username(), settings.password())) {
            log.info("Created the admin account '{}'.", settings.username());
        }
    }

    private boolean accountsHaveAnActiveAdmin() {
        return accounts.hasActiveAdmin();
    }
}
