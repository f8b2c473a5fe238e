package org.jobclass.catalog;

import java.time.Instant;

/**
 * How far the public catalog has come: a number that grows with every publication, retirement, restoration
 * and date change, and when the last one was made. Every instance of the application reads it from the
 * database, so caches keyed on it never outlive a change made through another instance.
 */
public record CatalogState(long version, Instant changedAt) {
}
