package org.jobclass.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.DescriptionContentJson;
import org.jobclass.catalog.DescriptionSection;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed in the published plan, newest first: each publication with the sections it changed, each retirement
 * and each restoration. Public: no names of staff, no notes.
 */
@Service
@Transactional(readOnly = true)
public class ChangesFeed {

    /** How many changes a feed holds. */
    public static final int SIZE = 50;

    public enum Kind { PUBLISHED, RETIRED, RESTORED }

    /**
     * One change. {@code revision} is the number published (for a retirement or restoration, the one public then);
     * {@code changedSections} names, by their labels, what a publication changed from the revision before it.
     */
    public record Change(Kind kind, Instant at, long descriptionId, String code, String slug, String workingTitle,
                         int revision, List<String> changedSections) {

        public String path() {
            return "/classes/" + code + "/" + slug;
        }
    }

    private final JdbcClient jdbc;
    private final DescriptionContentJson json;
    private final MessageSourceAccessor messages;

    ChangesFeed(JdbcClient jdbc, DescriptionContentJson json, MessageSourceAccessor messages) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
    }

    /** The latest changes in the whole plan. */
    public List<Change> latest() {
        return changes(null);
    }

    /** The latest changes of the description published (or once published) at this address; empty when none. */
    public List<Change> ofAddress(String code, String slug) {
        List<Long> description = jdbc.sql("select description_id from description_revision where code = :code and slug = :slug"
                        + " order by published_at desc limit 1")
                .param("code", code).param("slug", slug).query(Long.class).list();
        return description.isEmpty() ? List.of() : changes(description.get(0));
    }

    private List<Change> changes(Long descriptionId) {
        String onlyThis = descriptionId == null ? "" : " and r.description_id = :description";
        List<Change> changes = new ArrayList<>(jdbc.sql("""
                        select r.description_id, r.number, r.published_at, r.code, r.slug, r.working_title,
                               r.content::text as content, previous.content::text as previous
                        from description_revision r
                        left join description_revision previous
                               on previous.description_id = r.description_id and previous.number = r.number - 1
                        where true""" + onlyThis + " order by r.published_at desc, r.id desc limit :size")
                .params(descriptionId == null ? Map.of("size", SIZE) : Map.of("size", SIZE, "description", descriptionId))
                .query((row, number) -> new Change(Kind.PUBLISHED, row.getObject("published_at", OffsetDateTime.class).toInstant(),
                        row.getLong("description_id"), row.getString("code"), row.getString("slug"),
                        row.getString("working_title"), row.getInt("number"),
                        changedSections(row.getString("previous"), row.getString("content"))))
                .list());
        String onlySubject = descriptionId == null ? "" : " where s.description_id = :description";
        changes.addAll(jdbc.sql("""
                        select s.kind, s.changed_at, s.description_id, r.code, r.slug, r.working_title, r.number
                        from description_status_change s
                        join lateral (select code, slug, working_title, number from description_revision
                                      where description_id = s.description_id and published_at <= s.changed_at
                                      order by number desc limit 1) r on true
                        """ + onlySubject + " order by s.changed_at desc limit :size")
                .params(descriptionId == null ? Map.of("size", SIZE) : Map.of("size", SIZE, "description", descriptionId))
                .query((row, number) -> new Change(Kind.valueOf(row.getString("kind")),
                        row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getLong("description_id"),
                        row.getString("code"), row.getString("slug"), row.getString("working_title"), row.getInt("number"),
                        List.of()))
                .list());
        changes.sort(Comparator.comparing(Change::at).reversed());
        return List.copyOf(changes.subList(0, Math.min(SIZE, changes.size())));
    }

    /** The labels of the sections that differ between two revisions' stored contents; none for the first revision. */
    private List<String> changedSections(String previous, String current) {
        return Sections.changed(previous == null ? null : Sections.of(json.read(previous)), Sections.of(json.read(current)))
                .stream().map(key -> DescriptionSection.nameOf(messages.getMessage(key))).toList();
    }
}
