package org.jobclass.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Chooses the address of a description's public page. An address belongs to the description that holds it in its
 * working copy or was ever published at it: links to a page never start leading to another description.
 */
@Component
public class PublicAddresses {

    private final JdbcClient jdbc;

    PublicAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The address for this working title under this code: the title's slug, or the first numbered variant of it
     * that no other description holds or was published at. A description already holding one keeps getting it.
     *
     * @param descriptionId the description to be addressed, or null for a new one
     */
    public String slugFor(String code, String workingTitle, Long descriptionId) {
        String base = Slugs.of(workingTitle);
        String slug = base;
        for (int suffix = 2; isTakenByAnother(code, slug, descriptionId == null ? -1 : descriptionId); suffix++) {
            slug = base + "-" + suffix;
        }
        return slug;
    }

    private boolean isTakenByAnother(String code, String slug, long descriptionId) {
        return jdbc.sql("""
                        select exists (select 1 from class_description d join job_class c on c.id = d.job_class_id
                                       where c.code = :code and d.slug = :slug and d.id <> :id)
                            or exists (select 1 from description_revision r
                                       where r.code = :code and r.slug = :slug and r.description_id <> :id)
                        """)
                .param("code", code)
                .param("slug", slug)
                .param("id", descriptionId)
                .query(Boolean.class)
                .single();
    }
}
