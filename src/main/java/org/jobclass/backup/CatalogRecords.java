package org.jobclass.backup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionContentJson;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.StatusChange;
import org.jobclass.catalog.VerificationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads descriptions as a backup holds them, a batch at a time, with everything their history holds: for the export
 * (in id order) and for comparing a backup with the catalog (by public id). Each batch is a few queries, whatever its
 * size; nothing reads the whole catalog at once.
 */
@Repository
class CatalogRecords {

    /**
     * A description of this catalog as a backup would hold it, with what a restore checks it by.
     *
     * @param publishedRevisionId the revision the public sees (or last saw), null when never published
     */
    record Stored(long id, long version, boolean unpublishedChanges, Long publishedRevisionId,
                  CatalogBackup.Description description) {
    }

    private static final String DESCRIPTIONS = """
            select d.id, d.public_id, d.version, d.status, d.slug, c.code, c.official_title, d.working_title, d.sq_oq,
                   d.grade, d.months, d.summary, d.overtime_eligible, d.class_established, d.last_reviewed,
                   d.publication_note, d.looks_cut_off_after, d.created_at, d.created_by, d.updated_at, d.updated_by,
                   d.unpublished_changes, d.published_revision_id
            from class_description d join job_class c on c.id = d.job_class_id
            """;

    private final JdbcClient jdbc;
    private final DescriptionContentJson json;

    CatalogRecords(JdbcClient jdbc, DescriptionContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Until the transaction ends, plans each query for its values and the tables as they are now: a plan kept from the
     * first batches of a restore into a new database (tables of a few rows) would scan the whole table for each batch
     * once it holds thousands.
     */
    void planEachQuery() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
    }

    /** The next {@code size} descriptions after the one with this id, in id order. */
    List<Stored> after(long afterId, int size) {
        return complete(jdbc.sql(DESCRIPTIONS + " where d.id > :after order by d.id limit :size")
                .param("after", afterId).param("size", size)
                .query(this::row).list());
    }

    /** The descriptions of this catalog that have these public ids, by public id. */
    Map<UUID, Stored> byPublicIds(Collection<UUID> ids) {
        Map<UUID, Stored> found = new HashMap<>();
        if (!ids.isEmpty()) {
            complete(jdbc.sql(DESCRIPTIONS + " where d.public_id = any (cast(:ids as uuid[])) order by d.id")
                    .param("ids", ids.toArray(UUID[]::new))
                    .query(this::row).list())
                    .forEach(stored -> found.put(stored.description().id(), stored));
        }
        return found;
    }

    /**
     * The descriptions of this catalog that are not among these public ids (those a restore leaves as they are): how
     * many, and the first by code and working title, as "code working title".
     */
    NotInBackup notAmong(Set<UUID> ids, int named) {
        List<Map.Entry<String, Long>> first = jdbc.sql("""
                        select c.code || ' ' || d.working_title as name, count(*) over () as total
                        from class_description d join job_class c on c.id = d.job_class_id
                        where not (d.public_id = any (cast(:ids as uuid[])))
                        order by c.code collate "C", d.working_title collate "C" limit :named""")
                .param("ids", ids.toArray(UUID[]::new)).param("named", named)
                .query((row, number) -> Map.entry(row.getString("name"), row.getLong("total"))).list();
        return new NotInBackup(first.isEmpty() ? 0 : first.get(0).getValue(), first.stream().map(Map.Entry::getKey).toList());
    }

    /** How many descriptions of this catalog a backup does not hold, and the first of them by name. */
    record NotInBackup(long count, List<String> names) {
    }

    /** Every series with its codes, by name. */
    List<CatalogBackup.Series> series() {
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.sql("select series_id, code from job_class where series_id is not null order by code collate \"C\"")
                .query((ResultSet row) -> {
                    codes.computeIfAbsent(row.getLong("series_id"), id -> new ArrayList<>()).add(row.getString("code"));
                });
        return jdbc.sql("select id, name, slug from class_series order by name collate \"C\"")
                .query((row, number) -> new CatalogBackup.Series(row.getString("name"), row.getString("slug"),
                        List.copyOf(codes.getOrDefault(row.getLong("id"), List.of()))))
                .list();
    }

    /**
     * A digest of everything a restore reads and writes: the descriptions with their versions, statuses, dates and
     * publications, the official classes and the series. Any change to the catalog changes it.
     */
    String state() {
        return jdbc.sql("""
                        select md5(concat_ws('|',
                            (select string_agg(concat_ws(',', d.id, d.version, d.status, d.published_revision_id, d.updated_at,
                                                         d.class_established, d.last_reviewed, d.job_class_id, d.slug), ';' order by d.id)
                             from class_description d),
                            (select string_agg(concat_ws(',', r.description_id, r.revised_on), ';' order by r.description_id, r.revised_on)
                             from description_revision_date r),
                            (select string_agg(concat_ws(',', c.id, c.code, c.official_title, c.version, c.series_id), ';' order by c.id)
                             from job_class c),
                            (select string_agg(concat_ws(',', s.id, s.name, s.slug), ';' order by s.id) from class_series s),
                            (select concat_ws(',', count(*), max(id)) from description_revision),
                            (select concat_ws(',', count(*), max(id)) from description_status_change)))
                        """)
                .query(String.class).single();
    }

    private Stored row(ResultSet row, int number) throws SQLException {
        LocalDate established = row.getObject("class_established", LocalDate.class);
        DescriptionContent workingCopy = new DescriptionContent(row.getString("official_title"), row.getString("code"),
                row.getString("sq_oq"), row.getString("working_title"), row.getString("grade"), row.getInt("months"),
                row.getString("summary"), Map.of(), (Boolean) row.getObject("overtime_eligible"), List.of(),
                established == null ? null : YearMonth.from(established), List.of(),
                row.getObject("last_reviewed", LocalDate.class));
        CatalogBackup.Description description = new CatalogBackup.Description(row.getObject("public_id", UUID.class),
                row.getLong("id"), DescriptionStatus.valueOf(row.getString("status")), row.getString("slug"), workingCopy,
                row.getString("publication_note"), row.getString("looks_cut_off_after"), instant(row, "created_at"),
                row.getString("created_by"), instant(row, "updated_at"), row.getString("updated_by"), List.of(), List.of());
        return new Stored(row.getLong("id"), row.getLong("version"), row.getBoolean("unpublished_changes"),
                (Long) row.getObject("published_revision_id"), description);
    }

    /** The descriptions with their qualification standards, duties, revision dates, revisions and status changes. */
    private List<Stored> complete(List<Stored> descriptions) {
        if (descriptions.isEmpty()) {
            return descriptions;
        }
        Long[] ids = descriptions.stream().map(Stored::id).toArray(Long[]::new);
        Map<Long, Map<QualificationKind, String>> qualifications = new HashMap<>();
        jdbc.sql("select description_id, kind, text from qualification_standard where description_id = any (cast(:ids as bigint[]))")
                .param("ids", ids)
                .query((ResultSet row) -> {
                    qualifications.computeIfAbsent(row.getLong(1), id -> new EnumMap<>(QualificationKind.class))
                            .put(QualificationKind.valueOf(row.getString(2)), row.getString(3));
                });
        Map<Long, List<String>> duties = new HashMap<>();
        jdbc.sql("select description_id, text from duty where description_id = any (cast(:ids as bigint[])) order by description_id, position")
                .param("ids", ids)
                .query((ResultSet row) -> {
                    duties.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                });
        Map<Long, List<LocalDate>> revised = new HashMap<>();
        jdbc.sql("select description_id, revised_on from description_revision_date where description_id = any (cast(:ids as bigint[]))"
                        + " order by description_id, revised_on")
                .param("ids", ids)
                .query((ResultSet row) -> {
                    revised.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getObject(2, LocalDate.class));
                });
        Map<Long, List<CatalogBackup.Revision>> revisions = new HashMap<>();
        jdbc.sql("""
                        select id, description_id, number, slug, published_at, published_by, note, content::text as content
                        from description_revision where description_id = any (cast(:ids as bigint[])) order by description_id, number
                        """)
                .param("ids", ids)
                .query((ResultSet row) -> {
                    revisions.computeIfAbsent(row.getLong("description_id"), id -> new ArrayList<>())
                            .add(new CatalogBackup.Revision(row.getInt("number"), VerificationCode.of(row.getLong("id")),
                                    row.getString("slug"), instant(row, "published_at"), row.getString("published_by"),
                                    row.getString("note"), json.read(row.getString("content"))));
                });
        Map<Long, List<CatalogBackup.StatusEvent>> statusChanges = new HashMap<>();
        jdbc.sql("select description_id, kind, changed_at, changed_by from description_status_change"
                        + " where description_id = any (cast(:ids as bigint[])) order by description_id, changed_at, id")
                .param("ids", ids)
                .query((ResultSet row) -> {
                    statusChanges.computeIfAbsent(row.getLong("description_id"), id -> new ArrayList<>())
                            .add(new CatalogBackup.StatusEvent(StatusChange.valueOf(row.getString("kind")),
                                    instant(row, "changed_at"), row.getString("changed_by")));
                });
        Map<Long, Stored> completed = new LinkedHashMap<>();
        for (Stored stored : descriptions) {
            CatalogBackup.Description d = stored.description();
            DescriptionContent w = d.workingCopy();
            DescriptionContent workingCopy = new DescriptionContent(w.officialTitle(), w.code(), w.sqOq(), w.workingTitle(),
                    w.grade(), w.months(), w.summary(), qualifications.getOrDefault(stored.id(), Map.of()),
                    w.overtimeEligible(), duties.getOrDefault(stored.id(), List.of()), w.classEstablished(),
                    revised.getOrDefault(stored.id(), List.of()), w.lastReviewed());
            completed.put(stored.id(), new Stored(stored.id(), stored.version(), stored.unpublishedChanges(),
                    stored.publishedRevisionId(), new CatalogBackup.Description(d.id(), d.databaseId(), d.status(), d.slug(),
                    workingCopy, d.publicationNote(), d.looksCutOffAfter(), d.createdAt(), d.createdBy(), d.updatedAt(),
                    d.updatedBy(), List.copyOf(revisions.getOrDefault(stored.id(), List.of())),
                    List.copyOf(statusChanges.getOrDefault(stored.id(), List.of())))));
        }
        return List.copyOf(completed.values());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A description of a backup that this catalog could not take as it is, and why. */
    record Conflict(RestoreWriter.Item item, Finding finding) {
    }

    /**
     * What the backup's descriptions would take from others of this catalog: a working title under a code, an address
     * (held by a working copy or once published at), or a verification code, which printouts carry.
     */
    List<Conflict> conflicts(List<RestoreWriter.Item> items) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, RestoreWriter.Item> byTitle = new HashMap<>();
        Map<String, RestoreWriter.Item> byAddress = new HashMap<>();
        Map<Long, RestoreWriter.Item> byRevisionId = new HashMap<>();
        Map<Long, CatalogBackup.Revision> revisionOfId = new HashMap<>();
        for (RestoreWriter.Item item : items) {
            DescriptionContent content = item.plan().workingCopy();
            byTitle.put(content.code() + '\u0000' + content.workingTitle().toLowerCase(java.util.Locale.ROOT), item);
            FileIndex.addressesOf(item.backup()).forEach(address -> byAddress.put(address, item));
            for (CatalogBackup.Revision revision : item.plan().insert()) {
                long id = VerificationCode.parse(revision.verificationCode()).orElseThrow();
                byRevisionId.put(id, item);
                revisionOfId.put(id, revision);
            }
        }
        String[][] titles = pairs(byTitle.keySet());
        jdbc.sql("""
                        select w.code, w.title, d.public_id
                        from unnest(cast(:codes as varchar[]), cast(:titles as varchar[])) as w (code, title)
                        join job_class c on c.code = w.code
                        join class_description d on d.job_class_id = c.id and lower(d.working_title) = w.title
                        """)
                .param("codes", titles[0]).param("titles", titles[1])
                .query((ResultSet row) -> {
                    RestoreWriter.Item item = byTitle.get(row.getString(1) + '\u0000' + row.getString(2));
                    if (!item.backup().id().equals(row.getObject(3, UUID.class))) {
                        conflicts.add(new Conflict(item, new Finding("backup.problem.workingTitleHere")));
                    }
                });
        String[][] addresses = pairs(byAddress.keySet());
        Map<String, RestoreWriter.Item> reported = new HashMap<>();
        jdbc.sql("""
                        select w.code, w.slug, d.public_id
                        from unnest(cast(:codes as varchar[]), cast(:slugs as varchar[])) as w (code, slug)
                        join job_class c on c.code = w.code
                        join class_description d on d.job_class_id = c.id and d.slug = w.slug
                        union all
                        select w.code, w.slug, d.public_id
                        from unnest(cast(:codes as varchar[]), cast(:slugs as varchar[])) as w (code, slug)
                        join description_revision r on r.code = w.code and r.slug = w.slug
                        join class_description d on d.id = r.description_id
                        """)
                .param("codes", addresses[0]).param("slugs", addresses[1])
                .query((ResultSet row) -> {
                    String address = row.getString(1) + '\u0000' + row.getString(2);
                    RestoreWriter.Item item = byAddress.get(address);
                    if (!item.backup().id().equals(row.getObject(3, UUID.class)) && reported.put(address, item) == null) {
                        conflicts.add(new Conflict(item, new Finding("backup.problem.addressHere",
                                row.getString(1) + "/" + row.getString(2))));
                    }
                });
        jdbc.sql("""
                        select r.id, r.number, d.public_id, c.code, d.working_title
                        from description_revision r join class_description d on d.id = r.description_id
                        join job_class c on c.id = d.job_class_id
                        where r.id = any (cast(:ids as bigint[]))
                        """)
                .param("ids", byRevisionId.keySet().toArray(Long[]::new))
                .query((ResultSet row) -> {
                    long id = row.getLong("id");
                    RestoreWriter.Item item = byRevisionId.get(id);
                    CatalogBackup.Revision revision = revisionOfId.get(id);
                    int number = row.getInt("number");
                    boolean same = item.backup().id().equals(row.getObject("public_id", UUID.class));
                    boolean replaced = same && (number == revision.number()
                            || (item.plan().deleteFrom() > 0 && number >= item.plan().deleteFrom()));
                    if (!replaced) {
                        conflicts.add(new Conflict(item, new Finding("backup.problem.codeHere", revision.number(),
                                revision.verificationCode(), number, row.getString("code") + " " + row.getString("working_title"))));
                    }
                });
        return conflicts;
    }

    /** The codes, and the rest, of keys made of a code, a zero character and the rest. */
    private static String[][] pairs(java.util.Set<String> keys) {
        String[] codes = new String[keys.size()];
        String[] rest = new String[keys.size()];
        int i = 0;
        for (String key : keys) {
            int split = key.indexOf('\u0000');
            codes[i] = key.substring(0, split);
            rest[i++] = key.substring(split + 1);
        }
        return new String[][] {codes, rest};
    }

    /**
     * The codes whose official title the backup changes while this catalog has descriptions under them that the backup
     * does not hold: their title would change under them.
     */
    List<Finding> officialTitleConflicts(FileIndex index) {
        Map<String, String> titles = index.officialTitles();
        Map<String, String> differing = new LinkedHashMap<>();
        jdbc.sql("select code, official_title from job_class where code = any (cast(:codes as varchar[])) order by code")
                .param("codes", titles.keySet().toArray(String[]::new))
                .query((ResultSet row) -> {
                    if (!row.getString(2).equals(titles.get(row.getString(1)))) {
                        differing.put(row.getString(1), row.getString(2));
                    }
                });
        List<Finding> found = new ArrayList<>();
        if (differing.isEmpty()) {
            return found;
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        jdbc.sql("""
                        select c.code, d.public_id from job_class c join class_description d on d.job_class_id = c.id
                        where c.code = any (cast(:codes as varchar[])) order by c.code
                        """)
                .param("codes", differing.keySet().toArray(String[]::new))
                .query((ResultSet row) -> {
                    String code = row.getString(1);
                    if (!index.idsUnder(code).contains(row.getObject(2, UUID.class)) && reported.add(code)) {
                        found.add(new Finding("backup.problem.officialTitleHere", code, differing.get(code), titles.get(code)));
                    }
                });
        return found;
    }

    /** Which of these codes this catalog has. */
    java.util.Set<String> existingCodes(java.util.Set<String> codes) {
        return new java.util.HashSet<>(jdbc.sql("select code from job_class where code = any (cast(:codes as varchar[]))")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list());
    }

    /**
     * How many series restoring would create or change: those of the backup that are not here as they are, and those
     * here that would lose one of the backup's codes.
     */
    int seriesChanges(List<CatalogBackup.Series> backup, java.util.Set<String> backupCodes) {
        List<CatalogBackup.Series> here = series();
        java.util.Set<String> changed = new java.util.HashSet<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (CatalogBackup.Series wanted : backup) {
            listed.addAll(wanted.codes());
            boolean same = here.stream().anyMatch(series -> series.name().equals(wanted.name())
                    && series.slug().equals(wanted.slug()) && new java.util.HashSet<>(series.codes()).equals(new java.util.HashSet<>(wanted.codes())));
            if (!same) {
                changed.add(wanted.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (CatalogBackup.Series series : here) {
            if (series.codes().stream().anyMatch(code -> backupCodes.contains(code) && !listed.contains(code))) {
                changed.add(series.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return changed.size();
    }
}
