package org.jobclass.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One published revision of a description: when it was published and which sections it changed. */
@Schema(name = "Revision")
public record ApiRevision(int number, Instant publishedAt,
                          @Schema(description = "The sections that differ from the revision before, by their labels")
                          List<String> changedSections, String href) {
}
