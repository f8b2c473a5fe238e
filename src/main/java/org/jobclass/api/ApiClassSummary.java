package org.jobclass.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One published working title as a list gives it, with where to read it whole. */
@Schema(name = "ClassSummary")
public record ApiClassSummary(String code, String slug, String workingTitle, String officialTitle, String grade, int months,
                              String href, String page) {
}
