package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jobclass.catalog.TitleOrder;
import org.jobclass.catalog.TitleRange;

/**
 * Each published revision keeps its title's sort key and range, computed by the same Java rules as new
 * publications, so that listings are sorted and paged in SQL.
 */
public class V4__title_order_of_published_revisions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    alter table description_revision
                        add column title_sort_key varchar(400),
                        add column title_range    varchar(10)
                    """);
        }
        try (Statement select = connection.createStatement();
             ResultSet revisions = select.executeQuery("select id, working_title from description_revision");
             PreparedStatement update = connection.prepareStatement(
                     "update description_revision set title_sort_key = ?, title_range = ? where id = ?")) {
            while (revisions.next()) {
                String title = revisions.getString("working_title");
                update.setString(1, TitleOrder.sortKey(title));
                update.setString(2, TitleRange.of(title).name());
                update.setLong(3, revisions.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    alter table description_revision
                        alter column title_sort_key set not null,
                        alter column title_range set not null,
                        add constraint ck_description_revision_title_range
                            check (title_range in ('A_C', 'D_H', 'I_Q', 'R_Z', 'OTHER'))
                    """);
        }
    }
}
