package org.jobclass.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog's version, which names what the public caches hold. Publications move it through the database; what
 * else the public pages show (salary schedules, series) moves it from here, in the same transaction as the change.
 */
@Repository
public class CatalogVersion {

    private final JdbcClient jdbc;

    CatalogVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something every public page may show has changed. */
    public void changed() {
        jdbc.sql("update catalog_version set version = nextval('catalog_version_number'), changed_at = now() where id = 1")
                .update();
    }

    /** The salary schedules changed: the catalog, and the name of every class page as rendered. */
    public void payChanged() {
        jdbc.sql("update catalog_version set version = nextval('catalog_version_number'), changed_at = now(),"
                + " pay_version = pay_version + 1 where id = 1").update();
    }
}
