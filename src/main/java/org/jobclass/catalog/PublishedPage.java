package org.jobclass.catalog;

import java.time.Instant;

/** A published description's content with the number and date of the revision that published it. */
public record PublishedPage(DescriptionContent content, int revision, Instant publishedAt) {
}
