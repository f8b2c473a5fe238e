package org.jobclass.editing;

import java.util.Optional;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionContentJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of each saved version of a working copy, for a three-way merge when a save finds the form out of date.
 * Snapshots older than a month are dropped as newer ones come, except the latest of each description.
 */
@Component
public class WorkingCopySnapshots {

    private final JdbcClient jdbc;
    private final DescriptionContentJson json;

    WorkingCopySnapshots(JdbcClient jdbc, DescriptionContentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the text the working copy has at this version; the class's dates are not part of it. */
    public void keep(long descriptionId, long version, DescriptionContent content) {
        jdbc.sql("""
                        insert into working_copy_snapshot (description_id, version, content) values (:id, :version, :content::jsonb)
                        on conflict (description_id, version) do update set content = excluded.content, saved_at = now()
                        """)
                .param("id", descriptionId)
                .param("version", version)
                .param("content", json.write(content.withDates(null, null, null)))
                .update();
        jdbc.sql("delete from working_copy_snapshot where description_id = :id and version < :version"
                        + " and saved_at < now() - interval '1 month'")
                .param("id", descriptionId)
                .param("version", version)
                .update();
    }

    /** The text the working copy had at this version, when it is still known. */
    Optional<DescriptionContent> at(long descriptionId, long version) {
        return jdbc.sql("""
                        select content::text from working_copy_snapshot
                        where description_id = :id and version <= :version order by version desc limit 1
                        """)
                .param("id", descriptionId)
                .param("version", version)
                .query(String.class)
                .optional()
                .map(json::read);
    }
}
