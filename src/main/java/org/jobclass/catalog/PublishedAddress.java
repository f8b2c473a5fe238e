package org.jobclass.catalog;

import java.time.Instant;

/** The published revision at a public address, and the catalog's state read in the same statement. */
record PublishedAddress(CatalogState state, long revisionId, int revisionNumber, Instant publishedAt) {
}
