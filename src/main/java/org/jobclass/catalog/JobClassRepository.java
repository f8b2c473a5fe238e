package org.jobclass.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JobClassRepository extends JpaRepository<JobClass, Long> {

    Optional<JobClass> findByCode(String code);
}
