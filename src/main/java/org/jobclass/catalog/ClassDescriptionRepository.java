package org.jobclass.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClassDescriptionRepository extends JpaRepository<ClassDescription, Long> {

    @Query("""
            select new org.jobclass.catalog.CatalogEntry(r.workingTitle, r.code, r.grade, r.slug)
            from ClassDescription d join d.publishedRevision r
            where d.status = org.jobclass.catalog.DescriptionStatus.PUBLISHED
            """)
    List<CatalogEntry> findPublishedEntries();
}
