package org.jobclass.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DescriptionRevisionRepository extends JpaRepository<DescriptionRevision, Long> {

    List<DescriptionRevision> findByDescriptionOrderByNumberAsc(ClassDescription description);

    Optional<DescriptionRevision> findByDescriptionAndNumber(ClassDescription description, int number);

    @Query("select coalesce(max(r.number), 0) from DescriptionRevision r where r.description = :description")
    int lastNumber(ClassDescription description);

    /** The revision the public sees at this address: the current one of a published description. */
    @Query("""
            select r from DescriptionRevision r join r.description d
            where r.code = :code and r.slug = :slug and d.publishedRevision = r
              and d.status = org.jobclass.catalog.DescriptionStatus.PUBLISHED
            """)
    Optional<DescriptionRevision> findPublishedAt(String code, String slug);

    /** The last published revision of a retired description at this address. */
    @Query("""
            select r from DescriptionRevision r join r.description d
            where r.code = :code and r.slug = :slug and d.publishedRevision = r
              and d.status = org.jobclass.catalog.DescriptionStatus.RETIRED
            order by r.publishedAt desc limit 1
            """)
    Optional<DescriptionRevision> findRetiredAt(String code, String slug);

    /** The current revision of a published description that was once published at this address. */
    @Query("""
            select current from DescriptionRevision old join old.description d join d.publishedRevision current
            where d.status = org.jobclass.catalog.DescriptionStatus.PUBLISHED and old.code = :code and old.slug = :slug
            order by old.number desc limit 1
            """)
    Optional<DescriptionRevision> findFormerlyPublishedAt(String code, String slug);
}
