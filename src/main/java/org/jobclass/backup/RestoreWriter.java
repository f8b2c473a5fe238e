package org.jobclass.backup;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionContentJson;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.StatusChange;
import org.jobclass.catalog.TitleOrder;
import org.jobclass.catalog.TitleRange;
import org.jobclass.catalog.VerificationCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a restore into the catalog's tables, a batch of descriptions at a time, inside the restore's one transaction:
 * descriptions with the numbers they had where those are free, revisions with the numbers their verification codes
 * name, as they were published. The database's trigger keeps the public catalog in step, as with any publication.
 */
@Repository
class RestoreWriter {

    /** One description of the backup (its place in the file from 1), this catalog's (null when new), and what restoring it does. */
    record Item(int position, CatalogBackup.Description backup, CatalogRecords.Stored stored, RestorePlan plan) {
    }

    private final JdbcTemplate jdbc;
    private final DescriptionContentJson json;

    RestoreWriter(JdbcTemplate jdbc, DescriptionContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One restore at a time, and nothing else changes an official class or a description until it is committed: every
     * row is locked, in the order the editors' changes lock them (an official class before its descriptions, by id).
     */
    void lockCatalog() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('jobclass-catalog-restore'))::text", String.class);
        jdbc.queryForObject("select count(*) from (select id from job_class order by id for update) locked", Long.class);
        jdbc.queryForObject("select count(*) from (select id from class_description order by id for update) locked", Long.class);
    }

    /**
     * Does now what the database would otherwise leave to the commit for every description the restore wrote (such as
     * rebuilding the staff search's documents): batch by batch, so that no statement, the commit included, runs longer
     * than the connection waits for an answer.
     */
    void completeDeferredWork() {
        jdbc.execute("set constraints all immediate");
        jdbc.execute("set constraints all deferred");
    }

    /** Counts what the restore has written so far, for the planner's estimates (and the public pages' after it). */
    void analyze() {
        jdbc.execute("analyze job_class, class_description, qualification_standard, duty, description_revision_date,"
                + " description_revision, description_status_change, published_description");
    }

    /** Moves the tables' numbering past the numbers the backup brings, so that no new row takes one meanwhile. */
    void raiseSequences(long descriptionId, long revisionId) {
        raise("class_description", descriptionId);
        raise("description_revision", revisionId);
    }

    private void raise(String table, long atLeast) {
        jdbc.queryForList("""
                        select setval(pg_get_serial_sequence(?, 'id'), ?)
                        where ? > coalesce((select last_value from pg_sequences
                                            where schemaname || '.' || sequencename = pg_get_serial_sequence(?, 'id')), 0)
                        """, Long.class, table, atLeast, atLeast, table);
    }

    /** The official class of each code, made where missing, with the backup's title; their ids by code. */
    Map<String, Long> officialClasses(Map<String, String> titles) {
        List<Map.Entry<String, String>> entries = List.copyOf(titles.entrySet());
        jdbc.batchUpdate("insert into job_class (code, official_title) values (?, ?) on conflict (code) do nothing",
                entries, 500, (statement, entry) -> {
                    statement.setString(1, entry.getKey());
                    statement.setString(2, entry.getValue());
                });
        jdbc.batchUpdate("update job_class set official_title = ?, version = version + 1 where code = ? and official_title <> ?",
                entries, 500, (statement, entry) -> {
                    statement.setString(1, entry.getValue());
                    statement.setString(2, entry.getKey());
                    statement.setString(3, entry.getValue());
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from job_class where code = any (?)",
                row -> {
                    ids.put(row.getString(1), row.getLong(2));
                }, (Object) titles.keySet().toArray(String[]::new));
        return ids;
    }

    /** Writes a batch; returns the ids of the descriptions, by public id. */
    Map<UUID, Long> write(List<Item> items, Map<String, Long> classIds, String actor, Instant now) {
        Map<UUID, Long> ids = new HashMap<>();
        List<Item> created = new ArrayList<>();
        List<Item> changed = new ArrayList<>();
        for (Item item : items) {
            switch (item.plan().change()) {
                case CREATE -> created.add(item);
                case UPDATE -> changed.add(item);
                case UNCHANGED -> { }
            }
            if (item.stored() != null) {
                ids.put(item.backup().id(), item.stored().id());
            }
        }
        ids.putAll(newIds(created));
        insertDescriptions(created, ids, classIds, now);
        withdrawReplacedHistory(changed);
        List<Item> rewritten = new ArrayList<>(created);
        changed.stream().filter(item -> item.plan().workingCopyChanged()).forEach(rewritten::add);
        replaceParts(rewritten, ids);
        insertRevisions(items, ids);
        Map<UUID, Long> republished = republish(changed, ids, actor, now);
        insertStatusEvents(items, ids, actor, now);
        List<Item> written = new ArrayList<>(created);
        written.addAll(changed);
        finish(written, ids, republished, classIds, actor, now);
        return ids;
    }

    /** Each new description's number: the one it had where it is free, otherwise the next of the table's. */
    private Map<UUID, Long> newIds(List<Item> created) {
        Set<Long> taken = new HashSet<>();
        Long[] wanted = created.stream().map(item -> item.backup().databaseId()).filter(id -> id != null && id > 0)
                .toArray(Long[]::new);
        if (wanted.length > 0) {
            taken.addAll(jdbc.queryForList("select id from class_description where id = any (?)", Long.class, (Object) wanted));
        }
        Map<UUID, Long> ids = new HashMap<>();
        for (Item item : created) {
            Long id = item.backup().databaseId();
            ids.put(item.backup().id(), id != null && id > 0 && taken.add(id) ? id
                    : jdbc.queryForObject("select nextval(pg_get_serial_sequence('class_description', 'id'))", Long.class));
        }
        return ids;
    }

    private void insertDescriptions(List<Item> created, Map<UUID, Long> ids, Map<String, Long> classIds, Instant now) {
        jdbc.batchUpdate("""
                insert into class_description (id, public_id, version, job_class_id, working_title, slug, sq_oq, grade, months,
                                               summary, overtime_eligible, status, created_at, created_by, updated_at, updated_by,
                                               unpublished_changes)
                values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, false)
                """, created, 500, (statement, item) -> {
                    CatalogBackup.Description backup = item.backup();
                    DescriptionContent content = item.plan().workingCopy();
                    statement.setLong(1, ids.get(backup.id()));
                    statement.setObject(2, backup.id());
                    statement.setLong(3, classIds.get(content.code()));
                    setText(statement, 4, backup.slug(), content);
                    statement.setTimestamp(11, Timestamp.from(backup.createdAt() == null ? now : backup.createdAt()));
                    statement.setString(12, backup.createdBy());
                    statement.setTimestamp(13, Timestamp.from(backup.updatedAt() == null ? now : backup.updatedAt()));
                    statement.setString(14, backup.updatedBy());
                });
    }

    /** Takes down what the public sees of descriptions whose history here is replaced, and removes that history. */
    private void withdrawReplacedHistory(List<Item> changed) {
        List<Item> replacing = changed.stream().filter(item -> item.plan().deleteFrom() > 0).toList();
        jdbc.batchUpdate("update class_description set status = 'DRAFT', published_revision_id = null where id = ?",
                replacing, 500, (statement, item) -> statement.setLong(1, item.stored().id()));
        jdbc.batchUpdate("delete from description_revision where description_id = ? and number >= ?",
                replacing, 500, (statement, item) -> {
                    statement.setLong(1, item.stored().id());
                    statement.setInt(2, item.plan().deleteFrom());
                });
    }

    /** The qualification standards, duties and revision dates of these descriptions become their working copy's. */
    private void replaceParts(List<Item> items, Map<UUID, Long> ids) {
        Long[] all = items.stream().map(item -> ids.get(item.backup().id())).toArray(Long[]::new);
        for (String table : List.of("qualification_standard", "duty", "description_revision_date")) {
            jdbc.update("delete from " + table + " where description_id = any (?)", (Object) all);
        }
        List<Object[]> qualifications = new ArrayList<>();
        List<Object[]> duties = new ArrayList<>();
        List<Object[]> dates = new ArrayList<>();
        for (Item item : items) {
            long id = ids.get(item.backup().id());
            DescriptionContent content = item.plan().workingCopy();
            for (QualificationKind kind : QualificationKind.values()) {
                if (!content.qualification(kind).isBlank()) {
                    qualifications.add(new Object[] {id, kind.name(), content.qualification(kind)});
                }
            }
            for (int i = 0; i < content.duties().size(); i++) {
                duties.add(new Object[] {id, i + 1, content.duties().get(i)});
            }
            for (LocalDate revised : content.revisionDates()) {
                dates.add(new Object[] {id, Date.valueOf(revised)});
            }
        }
        jdbc.batchUpdate("insert into qualification_standard (description_id, kind, text) values (?, ?, ?)", qualifications);
        jdbc.batchUpdate("insert into duty (description_id, position, text) values (?, ?, ?)", duties);
        jdbc.batchUpdate("insert into description_revision_date (description_id, revised_on) values (?, ?)", dates);
    }

    private void insertRevisions(List<Item> items, Map<UUID, Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (Item item : items) {
            for (CatalogBackup.Revision revision : item.plan().insert()) {
                rows.add(revisionRow(VerificationCode.parse(revision.verificationCode()).orElseThrow(),
                        ids.get(item.backup().id()), revision.number(), revision.slug(), revision.content(),
                        revision.publishedAt(), revision.publishedBy(), revision.note()));
            }
        }
        jdbc.batchUpdate("""
                insert into description_revision (id, description_id, number, slug, code, working_title, grade, content,
                                                  published_at, published_by, note, title_sort_key, title_range)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                """, rows);
    }

    private Object[] revisionRow(Long id, long descriptionId, int number, String slug, DescriptionContent content,
                                 Instant publishedAt, String publishedBy, String note) {
        Object[] row = {descriptionId, number, slug, content.code(), content.workingTitle(), content.grade(),
                json.write(content), Timestamp.from(publishedAt), publishedBy, note, TitleOrder.sortKey(content.workingTitle()),
                TitleRange.of(content.workingTitle()).name()};
        if (id == null) {
            return row;
        }
        Object[] withId = new Object[row.length + 1];
        withId[0] = id;
        System.arraycopy(row, 0, withId, 1, row.length);
        return withId;
    }

    /** Publishes the backup's text now, as the next revision, where this catalog's history went further. */
    private Map<UUID, Long> republish(List<Item> changed, Map<UUID, Long> ids, String actor, Instant now) {
        Map<UUID, Long> republished = new HashMap<>();
        for (Item item : changed) {
            CatalogBackup.Revision revision = item.plan().republish();
            if (revision != null) {
                Object[] row = revisionRow(null, ids.get(item.backup().id()), item.plan().finalRevision(), revision.slug(),
                        revision.content(), now, actor, BackupService.NOTE);
                republished.put(item.backup().id(), jdbc.queryForObject("""
                        insert into description_revision (description_id, number, slug, code, working_title, grade, content,
                                                          published_at, published_by, note, title_sort_key, title_range)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id
                        """, Long.class, row));
            }
        }
        return republished;
    }

    private void insertStatusEvents(List<Item> items, Map<UUID, Long> ids, String actor, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (Item item : items) {
            long id = ids.get(item.backup().id());
            for (CatalogBackup.StatusEvent event : item.plan().statusEvents()) {
                rows.add(new Object[] {id, event.change().name(), Timestamp.from(event.at()), event.by()});
            }
            StatusChange madeNow = item.plan().changeNow();
            if (madeNow != null) {
                rows.add(new Object[] {id, madeNow.name(), Timestamp.from(now), actor});
            }
        }
        jdbc.batchUpdate("insert into description_status_change (description_id, kind, changed_at, changed_by)"
                + " values (?, ?, ?, ?)", rows);
    }

    /** Each description as the backup has it: text, address, notes, status and the revision the public sees. */
    private void finish(List<Item> items, Map<UUID, Long> ids, Map<UUID, Long> republished, Map<String, Long> classIds,
                        String actor, Instant now) {
        jdbc.batchUpdate("""
                update class_description
                set job_class_id = ?, working_title = ?, slug = ?, sq_oq = ?, grade = ?, months = ?, summary = ?,
                    overtime_eligible = ?, class_established = ?, last_reviewed = ?, publication_note = ?,
                    looks_cut_off_after = ?, status = ?, published_revision_id = ?, unpublished_changes = ?,
                    version = version + ?, updated_at = ?, updated_by = ?
                where id = ?
                """, items, 500, (statement, item) -> {
                    CatalogBackup.Description backup = item.backup();
                    RestorePlan plan = item.plan();
                    DescriptionContent content = plan.workingCopy();
                    boolean created = item.stored() == null;
                    Long publishedId = republished.get(backup.id());
                    DescriptionContent published = plan.republish() != null ? plan.republish().content() : null;
                    if (publishedId == null && plan.finalRevision() > 0) {
                        CatalogBackup.Revision revision = revision(item, plan.finalRevision());
                        publishedId = VerificationCode.parse(revision.verificationCode()).orElseThrow();
                        published = revision.content();
                    }
                    statement.setLong(1, classIds.get(content.code()));
                    setText(statement, 2, backup.slug(), content);
                    statement.setObject(9, content.classEstablished() == null ? null : content.classEstablished().atDay(1), Types.DATE);
                    statement.setObject(10, content.lastReviewed(), Types.DATE);
                    statement.setString(11, backup.publicationNote());
                    statement.setString(12, backup.looksCutOffAfter());
                    statement.setString(13, plan.status().name());
                    statement.setObject(14, publishedId, Types.BIGINT);
                    statement.setBoolean(15, published != null && !published.equals(content));
                    statement.setInt(16, created ? 0 : 1);
                    statement.setTimestamp(17, Timestamp.from(created && backup.updatedAt() != null ? backup.updatedAt() : now));
                    statement.setString(18, created ? backup.updatedBy() : actor);
                    statement.setLong(19, ids.get(backup.id()));
                });
    }

    /** Sets, from this parameter on, the columns of a description's row that its text fills, in their table order. */
    private static void setText(PreparedStatement statement, int first, String slug, DescriptionContent content)
            throws SQLException {
        statement.setString(first, content.workingTitle());
        statement.setString(first + 1, slug);
        statement.setString(first + 2, content.sqOq());
        statement.setString(first + 3, content.grade());
        statement.setInt(first + 4, content.months());
        statement.setString(first + 5, content.summary());
        statement.setObject(first + 6, content.overtimeEligible(), Types.BOOLEAN);
    }

    /** Revision {@code number} of the description once restored: the backup's, or this catalog's where it is kept. */
    private static CatalogBackup.Revision revision(Item item, int number) {
        for (CatalogBackup.Revision revision : item.plan().insert()) {
            if (revision.number() == number) {
                return revision;
            }
        }
        return item.stored().description().revisions().get(number - 1);
    }

    /**
     * The series become the backup's: each found by its name (made when missing) takes the backup's name and address
     * (where no other series holds it) and its codes; the backup's codes in no series of the backup leave theirs.
     */
    void writeSeries(List<CatalogBackup.Series> series, Set<String> backupCodes) {
        Set<String> codes = new HashSet<>(backupCodes);
        series.forEach(one -> one.codes().forEach(code -> codes.add(code.strip())));
        jdbc.update("update job_class set series_id = null where code = any (?) and series_id is not null",
                (Object) codes.toArray(String[]::new));
        for (CatalogBackup.Series one : series) {
            String name = one.name().strip();
            List<Long> found = jdbc.queryForList("select id from class_series where lower(name) = lower(?)", Long.class, name);
            long id;
            if (found.isEmpty()) {
                id = jdbc.queryForObject("insert into class_series (name, slug) values (?, ?) returning id", Long.class,
                        name, freeSlug(one.slug(), -1));
            } else {
                id = found.get(0);
                jdbc.update("update class_series set name = ?, slug = ? where id = ?", name, freeSlug(one.slug(), id), id);
            }
            jdbc.update("update job_class set series_id = ? where code = any (?)", id,
                    one.codes().stream().map(String::strip).toArray(String[]::new));
        }
    }

    /** The backup's address for a series, or the first numbered variant of it that no other series holds. */
    private String freeSlug(String slug, long seriesId) {
        String candidate = slug;
        for (int n = 2; jdbc.queryForObject("select count(*) from class_series where slug = ? and id <> ?", Integer.class,
                candidate, seriesId) > 0; n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
