package org.jobclass.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClassDescriptionRepository extends JpaRepository<ClassDescription, Long> {

    @Query("""
            select new org.jobclass.catalog.CatalogEntry(d.workingTitle, c.code, d.grade, d.slug)
            from ClassDescription d join d.jobClass c
            where d.status = org.jobclass.catalog.DescriptionStatus.PUBLISHED
            """)
    List<CatalogEntry> findPublishedEntries();

    @Query("""
            select d from ClassDescription d
            join fetch d.jobClass c
            left join fetch d.duties
            where c.code = :code and d.slug = :slug and d.status = :status
            """)
    Optional<ClassDescription> findWithDuties(String code, String slug, DescriptionStatus status);

    /** Loads the qualification standards into an already loaded description (one query per collection, no cartesian product). */
    @Query("select d from ClassDescription d left join fetch d.qualifications where d = :description")
    ClassDescription fetchQualifications(ClassDescription description);

    @Query("select d from ClassDescription d left join fetch d.revisionDates where d = :description")
    ClassDescription fetchRevisionDates(ClassDescription description);
}
