package org.jobclass.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The first admin comes from configuration, once, and only with a proper password. */
@ApplicationTest
class InitialAdminTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> disabledAdmins = new ArrayList<>();

    /** Every change commits, as in production; the accounts are put back as they were after each test. */
    @AfterEach
    void putAccountsBack() {
        for (Long id : disabledAdmins) {
            jdbc.update("update account set enabled = true where id = ?", id);
        }
        jdbc.update("delete from account where username in ('first.admin', 'stand-in.admin', 'existing.admin',"
                + " 'another.admin', 'weak.admin')");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theConfiguredAdminIsCreatedWhenThereIsNoActiveAdmin() {
        disableAllAdmins();

        new InitialAdmin(accounts, new InitialAdmin.Settings("first.admin", "a-long-admin-password")).run(null);

        Account admin = repository.findByUsernameIgnoreCase("first.admin").orElseThrow();
        assertThat(admin.isActiveAdmin()).isTrue();
    }

    /** Two instances starting together on a database without an admin: one creates it, neither fails to start. */
    @Test
    @WithMockUser(roles = "ADMIN")
    void twoInstancesStartingTogetherCreateTheAdminOnce() throws Exception {
        disableAllAdmins();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(instances.submit(() -> {
                    together.await();
                    new InitialAdmin(accounts, new InitialAdmin.Settings("first.admin", "a-long-admin-password")).run(null);
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from account where lower(username) = 'first.admin'", Integer.class))
                .isEqualTo(1);
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

    /** Disables every admin (through a stand-in, as the last active admin cannot be disabled), to be enabled again. */
    private void disableAllAdmins() {
        accounts.createIfAbsent("stand-in.admin", "Stand-in", AccountRole.ADMIN, "a-long-admin-password");
        Account standIn = repository.findByUsernameIgnoreCase("stand-in.admin").orElseThrow();
        for (Long id : jdbc.queryForList("select id from account where role = 'ADMIN' and enabled and id <> ?", Long.class,
                standIn.getId())) {
            accounts.disable(id, "test");
            disabledAdmins.add(id);
        }
        jdbc.update("update account set enabled = false where id = ?", standIn.getId());
    }
}
