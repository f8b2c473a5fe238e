package org.jobclass.catalog;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface JobClassRepository extends JpaRepository<JobClass, Long> {

    Optional<JobClass> findByCode(String code);

    /** The official class of this code, its row locked until the transaction ends: one title change at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from JobClass c where c.code = :code")
    Optional<JobClass> lockByCode(String code);

    /**
     * The official class of this code, made with this title if there is none yet. Editors creating descriptions
     * under one new code at once all get the one class: the database makes it once and the others wait for it.
     */
    default JobClass findOrCreate(String code, String officialTitle) {
        return findByCode(code).orElseGet(() -> {
            insertUnlessPresent(code, officialTitle);
            return findByCode(code).orElseThrow();
        });
    }

    @Modifying(flushAutomatically = true)
    @Query(value = "insert into job_class (code, official_title) values (:code, :officialTitle) on conflict (code) do nothing",
            nativeQuery = true)
    void insertUnlessPresent(String code, String officialTitle);
}
