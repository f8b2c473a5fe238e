package org.jobclass.catalog;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ClassDescriptionRepository extends JpaRepository<ClassDescription, Long> {

    @Query("""
            select new org.jobclass.catalog.CatalogEntry(r.workingTitle, r.code, r.grade, r.slug)
            from ClassDescription d join d.publishedRevision r
            where d.status = org.jobclass.catalog.DescriptionStatus.PUBLISHED
            """)
    List<CatalogEntry> findPublishedEntries();

    @EntityGraph(attributePaths = {"jobClass", "duties"})
    Optional<ClassDescription> findWithDutiesById(Long id);

    /** Loads the qualification standards into an already loaded description (one query per collection). */
    @Query("select d from ClassDescription d left join fetch d.qualifications where d = :description")
    ClassDescription fetchQualifications(ClassDescription description);

    @Query("select d from ClassDescription d left join fetch d.revisionDates where d = :description")
    ClassDescription fetchRevisionDates(ClassDescription description);

    /** A description with everything its content holds. */
    default Optional<ClassDescription> findComplete(long id) {
        return findWithDutiesById(id).map(this::fetchQualifications).map(this::fetchRevisionDates);
    }

    /**
     * A description with everything its content holds, its row locked until the transaction ends: changes to one
     * description are made one after the other, each seeing the version the one before saved.
     */
    default Optional<ClassDescription> findCompleteForChange(long id) {
        return lockById(id).flatMap(locked -> findComplete(id));
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ClassDescription d where d.id = :id")
    Optional<ClassDescription> lockById(long id);

    @Query("""
            select count(d) > 0 from ClassDescription d
            where d.jobClass = :jobClass and lower(d.workingTitle) = lower(:workingTitle) and d.id <> :exceptId
            """)
    boolean hasWorkingTitle(JobClass jobClass, String workingTitle, long exceptId);

    List<ClassDescription> findByJobClass(JobClass jobClass);

    /** The ids of the descriptions under this official class, in id order: the order they are locked in. */
    @Query("select d.id from ClassDescription d where d.jobClass = :jobClass order by d.id")
    List<Long> idsUnder(JobClass jobClass);
}
