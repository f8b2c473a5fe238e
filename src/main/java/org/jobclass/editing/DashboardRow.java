package org.jobclass.editing;

import java.time.Instant;

import org.jobclass.catalog.DescriptionStatus;

/** One description as the editors' dashboard lists it; {@code looksCutOff} when imported from a page that looked cut off. */
public record DashboardRow(long id, String workingTitle, String code, DescriptionStatus status,
                           boolean unpublishedChanges, Instant updatedAt, String updatedBy, String publicPath,
                           boolean looksCutOff, java.time.LocalDate lastReviewed) {
}
