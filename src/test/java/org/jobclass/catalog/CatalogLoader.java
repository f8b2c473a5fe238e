package org.jobclass.catalog;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publishes class descriptions straight through JDBC: each becomes a description of its official class (created
 * when its code is new) with its qualification standards, duties and dates, and its first revision, all inserted
 * in batches in one transaction; then each is published by setting its published revision, as the application
 * does, so that the database's trigger keeps the public catalog ({@code published_description},
 * {@code catalog_version}) as it would. The trigger's work (the search document of each description) is most of
 * the time, and every publication updates the one row of {@code catalog_version}: publications are therefore
 * committed one by one, from several connections at once, so that they run side by side and that row stays locked
 * only for an instant.
 */
public final class CatalogLoader implements AutoCloseable {

    /** Opens a connection to the database to fill. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final String BY = "catalog-generator";
    private static final String NOTE = "Initial publication";

    private final Connection connection;
    private final List<Connection> publishers = new ArrayList<>();
    private final ExecutorService executor;
    private final DescriptionContentJson json = new DescriptionContentJson();

    /** A loader publishing from {@code parallelism} connections at once. */
    public CatalogLoader(Connections connections, int parallelism) throws SQLException {
        this.connection = connections.open();
        try {
            for (int i = 0; i < Math.max(1, parallelism); i++) {
                Connection publisher = connections.open();
                publishers.add(publisher);
                try (Statement statement = publisher.createStatement()) {
                    // One commit a description: none of them needs to wait for its WAL to reach the disk.
                    statement.execute("set synchronous_commit = off");
                }
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
        this.executor = Executors.newFixedThreadPool(publishers.size());
    }

    @Override
    public void close() throws SQLException {
        if (executor != null) {
            executor.shutdownNow();
        }
        SQLException failure = null;
        for (Connection open : concat(publishers, connection)) {
            try {
                open.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static List<Connection> concat(List<Connection> connections, Connection last) {
        List<Connection> all = new ArrayList<>(connections);
        if (last != null) {
            all.add(last);
        }
        return all;
    }

    /** The number of descriptions the public can read now. */
    public int publishedCount() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from class_description where status = 'PUBLISHED'")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The codes of the official classes there are. */
    public Set<String> existingCodes() throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select code from job_class")) {
            while (result.next()) {
                codes.add(result.getString(1));
            }
        }
        return codes;
    }

    /**
     * Inserts these descriptions in one transaction, then publishes them. A description whose code exists already
     * joins that official class, so its working title must be new there.
     */
    public void publish(List<DescriptionContent> descriptions) throws SQLException {
        if (descriptions.isEmpty()) {
            return;
        }
        List<Long> descriptionIds;
        List<Long> revisionIds;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, Long> classIds = officialClasses(descriptions);
            descriptionIds = nextIds("class_description", descriptions.size());
            revisionIds = nextIds("description_revision", descriptions.size());
            insertDescriptions(descriptions, classIds, descriptionIds);
            insertParts(descriptions, descriptionIds);
            insertRevisions(descriptions, descriptionIds, revisionIds);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        publishRevisions(descriptionIds, revisionIds);
    }

    private Map<String, Long> officialClasses(List<DescriptionContent> descriptions) throws SQLException {
        Map<String, String> titles = new LinkedHashMap<>();
        descriptions.forEach(description -> titles.putIfAbsent(description.code(), description.officialTitle()));
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into job_class (code, official_title) values (?, ?) on conflict (code) do nothing")) {
            for (Map.Entry<String, String> entry : titles.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select code, id from job_class where code = any (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", titles.keySet().toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Identities taken from the table's own sequence ahead of the batched inserts that use them. */
    private List<Long> nextIds(String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement select = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
            select.setString(1, table);
            select.setInt(2, count);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    private void insertDescriptions(List<DescriptionContent> descriptions, Map<String, Long> classIds, List<Long> ids)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into class_description (id, job_class_id, working_title, slug, sq_oq, grade, months, summary,
                                               overtime_eligible, status, class_established, last_reviewed,
                                               created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)
                """)) {
            for (int i = 0; i < descriptions.size(); i++) {
                DescriptionContent content = descriptions.get(i);
                insert.setLong(1, ids.get(i));
                insert.setLong(2, classIds.get(content.code()));
                insert.setString(3, content.workingTitle());
                insert.setString(4, Slugs.of(content.workingTitle()));
                insert.setString(5, content.sqOq());
                insert.setString(6, content.grade());
                insert.setInt(7, content.months());
                insert.setString(8, content.summary());
                insert.setBoolean(9, content.overtimeEligible());
                setDate(insert, 10, content.classEstablished() == null ? null : content.classEstablished().atDay(1));
                setDate(insert, 11, content.lastReviewed());
                insert.setString(12, BY);
                insert.setString(13, BY);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertParts(List<DescriptionContent> descriptions, List<Long> ids) throws SQLException {
        try (PreparedStatement qualification = connection.prepareStatement(
                     "insert into qualification_standard (description_id, kind, text) values (?, ?, ?)");
             PreparedStatement duty = connection.prepareStatement(
                     "insert into duty (description_id, position, text) values (?, ?, ?)");
             PreparedStatement revisionDate = connection.prepareStatement(
                     "insert into description_revision_date (description_id, revised_on) values (?, ?)")) {
            for (int i = 0; i < descriptions.size(); i++) {
                DescriptionContent content = descriptions.get(i);
                long id = ids.get(i);
                for (QualificationKind kind : QualificationKind.values()) {
                    String text = content.qualification(kind);
                    if (!text.isBlank()) {
                        qualification.setLong(1, id);
                        qualification.setString(2, kind.name());
                        qualification.setString(3, text);
                        qualification.addBatch();
                    }
                }
                int position = 1;
                for (String text : content.duties()) {
                    duty.setLong(1, id);
                    duty.setInt(2, position++);
                    duty.setString(3, text);
                    duty.addBatch();
                }
                for (LocalDate revised : content.revisionDates()) {
                    revisionDate.setLong(1, id);
                    revisionDate.setDate(2, Date.valueOf(revised));
                    revisionDate.addBatch();
                }
            }
            qualification.executeBatch();
            duty.executeBatch();
            revisionDate.executeBatch();
        }
    }

    private void insertRevisions(List<DescriptionContent> descriptions, List<Long> descriptionIds, List<Long> revisionIds)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into description_revision (id, description_id, number, code, working_title, slug, grade, content,
                                                  published_at, published_by, note, title_sort_key, title_range)
                values (?, ?, 1, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                """)) {
            for (int i = 0; i < descriptions.size(); i++) {
                DescriptionContent content = descriptions.get(i);
                insert.setLong(1, revisionIds.get(i));
                insert.setLong(2, descriptionIds.get(i));
                insert.setString(3, content.code());
                insert.setString(4, content.workingTitle());
                insert.setString(5, Slugs.of(content.workingTitle()));
                insert.setString(6, content.grade());
                insert.setString(7, json.write(content));
                insert.setTimestamp(8, now);
                insert.setString(9, BY);
                insert.setString(10, NOTE);
                insert.setString(11, TitleOrder.sortKey(content.workingTitle()));
                insert.setString(12, TitleRange.of(content.workingTitle()).name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each publisher connection publishes every n-th description, each in its own transaction. */
    private void publishRevisions(List<Long> descriptionIds, List<Long> revisionIds) throws SQLException {
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < publishers.size(); p++) {
            Connection publisher = publishers.get(p);
            int first = p;
            running.add(executor.submit(() -> {
                try (PreparedStatement update = publisher.prepareStatement(
                        "update class_description set published_revision_id = ?, status = 'PUBLISHED' where id = ?")) {
                    for (int i = first; i < descriptionIds.size(); i += publishers.size()) {
                        update.setLong(1, revisionIds.get(i));
                        update.setLong(2, descriptionIds.get(i));
                        update.executeUpdate();
                    }
                }
                return null;
            }));
        }
        SQLException failure = null;
        for (Future<?> publication : running) {
            try {
                publication.get();
            } catch (ExecutionException e) {
                SQLException cause = e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
                failure = failure == null ? cause : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while publishing", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
