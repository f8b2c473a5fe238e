package org.jobclass.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsernameAsc();

    /**
     * Waits for, then holds until the end of the transaction, the lock that makes the first admin's creation happen
     * once when several instances start together on an empty database (there is no row to lock yet).
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(hashtext('jobclass.initial-admin'))) as locked", nativeQuery = true)
    int lockInitialAdminCreation();

    /** The active admins, locked until the end of the transaction so that two admins cannot both step down at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = org.jobclass.accounts.AccountRole.ADMIN and a.enabled = true")
    List<Account> lockActiveAdmins();

    boolean existsByRoleAndEnabledTrue(AccountRole role);
}
