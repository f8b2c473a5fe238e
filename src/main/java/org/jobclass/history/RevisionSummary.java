package org.jobclass.history;

import java.time.Instant;
import java.util.List;

/**
 * One published revision as a history lists it. {@code changedSections} names, by message key, the sections
 * that differ from the revision before it. The note and who published are for staff only.
 */
public record RevisionSummary(int number, Instant publishedAt, String publishedBy, String note,
                              List<String> changedSections) {
}
