package org.jobclass.catalog;

import java.time.Instant;

/** The published revision at a public address, and the catalog's state read in the same statement. */
record PublishedAddress(CatalogState state, long revisionId, int revisionNumber, Instant publishedAt, long payVersion) {

    /** This address at the catalog version it was read at. */
    Key key(String code, String slug) {
        return new Key(state.version(), code, slug);
    }

    /** An address at a catalog version: what is published there cannot change until the version does. */
    record Key(long catalogVersion, String code, String slug) {
    }
}
