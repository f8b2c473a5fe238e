package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The first admin comes from configuration, once, and only with a proper password. */
@ApplicationTest
@Transactional
class InitialAdminTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Test
    @WithMockUser(roles = "ADMIN")
    void theConfiguredAdminIsCreatedWhenThereIsNoActiveAdmin() {
        disableAllAdmins();

        new InitialAdmin(accounts, new InitialAdmin.Settings("first.admin", "a-long-admin-password")).run(null);

        Account admin = repository.findByUsernameIgnoreCase("first.admin").orElseThrow();
        assertThat(admin.isActiveAdmin()).isTrue();
    }

    @Test
    void noSecondAdminIsCreatedOnceAnActiveAdminExists() {
        accounts.createIfAbsent("existing.admin", "Existing", AccountRole.ADMIN, "a-long-admin-password");

        new InitialAdmin(accounts, new InitialAdmin.Settings("another.admin", "a-long-admin-password")).run(null);

        assertThat(repository.findByUsernameIgnoreCase("another.admin")).isEmpty();
    }

    @Test
    void aShortConfiguredPasswordStopsTheStart() {
        assertThatThrownBy(() -> new InitialAdmin(accounts, new InitialAdmin.Settings("weak.admin", "short")).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JOBCLASS_ADMIN_PASSWORD");
        assertThat(repository.findByUsernameIgnoreCase("weak.admin")).isEmpty();
    }

    @Test
    void withoutConfigurationNoAccountIsCreated() {
        long before = repository.count();

        new InitialAdmin(accounts, new InitialAdmin.Settings(null, null)).run(null);

        assertThat(repository.count()).isEqualTo(before);
    }

    private void disableAllAdmins() {
        accounts.createIfAbsent("stand-in.admin", "Stand-in", AccountRole.ADMIN, "a-long-admin-password");
        Account standIn = repository.findByUsernameIgnoreCase("stand-in.admin").orElseThrow();
        repository.lockActiveAdmins().stream()
                .filter(admin -> !admin.getId().equals(standIn.getId()))
                .forEach(admin -> accounts.disable(admin.getId(), "test"));
        standIn.setEnabled(false);
        repository.flush();
    }
}
