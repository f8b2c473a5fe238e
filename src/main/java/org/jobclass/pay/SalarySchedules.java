package org.jobclass.pay;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jobclass.catalog.CatalogVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The salary schedules in PostgreSQL: each read bounded by a schedule or a grade. */
@Repository
class SalarySchedules {

    private final JdbcClient jdbc;
    private final CatalogVersion catalog;

    SalarySchedules(JdbcClient jdbc, CatalogVersion catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    long insert(String name, LocalDate effectiveOn, String loadedBy, List<PayCsv.Row> rows) {
        long id = jdbc.sql("insert into salary_schedule (name, effective_on, loaded_by) values (:name, :effectiveOn, :by) returning id")
                .param("name", name).param("effectiveOn", Date.valueOf(effectiveOn)).param("by", loadedBy)
                .query(Long.class).single();
        for (PayCsv.Row row : rows) {
            jdbc.sql("insert into salary_range (schedule_id, grade, minimum, maximum) values (:id, :grade, :minimum, :maximum)")
                    .param("id", id).param("grade", row.grade()).param("minimum", row.minimum()).param("maximum", row.maximum())
                    .update();
        }
        catalog.payChanged();
        return id;
    }

    boolean delete(long id) {
        boolean deleted = jdbc.sql("delete from salary_schedule where id = :id").param("id", id).update() > 0;
        if (deleted) {
            catalog.payChanged();
        }
        return deleted;
    }

    List<SalarySchedule> all() {
        return jdbc.sql("select id, name, effective_on, loaded_at, loaded_by from salary_schedule order by effective_on desc, id desc")
                .query((row, number) -> new SalarySchedule(row.getLong("id"), row.getString("name"),
                        row.getObject("effective_on", LocalDate.class), row.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                        row.getString("loaded_by"), List.of()))
                .list();
    }

    Optional<SalarySchedule> find(long id) {
        return jdbc.sql("select id, name, effective_on, loaded_at, loaded_by from salary_schedule where id = :id")
                .param("id", id)
                .query((row, number) -> new SalarySchedule(row.getLong("id"), row.getString("name"),
                        row.getObject("effective_on", LocalDate.class), row.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                        row.getString("loaded_by"), ranges(id)))
                .optional();
    }

    private List<PayRange> ranges(long scheduleId) {
        return jdbc.sql("""
                        select r.grade, r.minimum, r.maximum, s.id, s.name, s.effective_on from salary_range r
                        join salary_schedule s on s.id = r.schedule_id where s.id = :id
                        order by (r.grade !~ '^[0-9]+$'), lpad(r.grade, 10, '0') collate "C"
                        """)
                .param("id", scheduleId)
                .query((row, number) -> range(row))
                .list();
    }

    /** Every grade's range in the schedule in effect on this day. */
    java.util.Map<String, PayRange> rangesOn(LocalDate day) {
        java.util.Map<String, PayRange> ranges = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.grade, r.minimum, r.maximum, s.id, s.name, s.effective_on
                        from (select id, name, effective_on from salary_schedule where effective_on <= :day
                              order by effective_on desc, id desc limit 1) s
                        join salary_range r on r.schedule_id = s.id
                        """)
                .param("day", Date.valueOf(day))
                .query((row, number) -> range(row))
                .list().forEach(range -> ranges.put(range.grade(), range));
        return ranges;
    }

    /** The range of this grade in the schedule in effect on this day: the latest effective on or before it. */
    Optional<PayRange> rangeOn(String grade, LocalDate day) {
        return jdbc.sql("""
                        select r.grade, r.minimum, r.maximum, s.id, s.name, s.effective_on
                        from (select id, name, effective_on from salary_schedule where effective_on <= :day
                              order by effective_on desc, id desc limit 1) s
                        join salary_range r on r.schedule_id = s.id and r.grade = :grade
                        """)
                .param("day", Date.valueOf(day)).param("grade", grade)
                .query((row, number) -> range(row))
                .optional();
    }

    private static PayRange range(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PayRange(row.getString("grade"), row.getObject("minimum", BigDecimal.class),
                row.getObject("maximum", BigDecimal.class), row.getLong("id"), row.getString("name"),
                row.getObject("effective_on", LocalDate.class));
    }
}
