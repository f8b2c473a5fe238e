package org.jobclass.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An official class: its code, its official title, and its published working titles. */
@Schema(name = "OfficialClass")
public record ApiOfficialClass(String code, String officialTitle, List<WorkingTitle> workingTitles) {

    /** One published working title of the class, with where to read it whole. */
    @Schema(name = "WorkingTitle")
    public record WorkingTitle(String workingTitle, String slug, String grade, String href, String page) {
    }
}
