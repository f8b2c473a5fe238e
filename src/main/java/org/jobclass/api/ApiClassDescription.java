package org.jobclass.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.QualificationKind;

/**
 * A published class description, every field of it structured: the qualification standards by kind, the duties as a
 * list, dates as ISO values, overtime eligibility as true, false or null (the description does not say).
 */
@Schema(name = "ClassDescription")
public record ApiClassDescription(
        @Schema(description = "The class code, digits with their leading zeros", example = "0435") String code,
        @Schema(description = "The working title's part of its address", example = "coordinator-organizational-development") String slug,
        @Schema(example = "Coordinator") String officialTitle,
        @Schema(description = "SQ/OQ, null when the description gives none", example = "Not Applicable") String sqOq,
        @Schema(example = "Coordinator, Organizational Development") String workingTitle,
        @Schema(example = "N") String grade,
        @Schema(description = "Months worked a year, 1 to 12", example = "12") int months,
        String summary,
        Qualifications qualifications,
        @Schema(description = "true or false as the description states it; null when it does not say", nullable = true)
        Boolean overtimeEligible,
        List<String> duties,
        @Schema(description = "Month and year the class was established (YYYY-MM), or null", type = "string",
                example = "2022-04", nullable = true) YearMonth classEstablished,
        @Schema(description = "Dates the description was revised, oldest first") List<LocalDate> datesRevised,
        @Schema(description = "Date it was last reviewed, or null", nullable = true) LocalDate lastReviewed,
        @Schema(description = "The number of this published revision, counted from 1") int revision,
        @Schema(description = "When this revision was published") Instant publishedAt,
        @Schema(description = "What the grade pays a year under the schedule in effect; null when no schedule gives the grade",
                nullable = true) ApiPay pay,
        Links links) {

    /** The minimum qualification standards, each empty when the description states none. */
    @Schema(name = "Qualifications")
    public record Qualifications(String knowledgeSkillsAbilities, String educationTrainingExperience,
                                 String certificateLicense, String physicalDemands, String specialRequirements) {

        static Qualifications of(DescriptionContent content) {
            return new Qualifications(content.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES),
                    content.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE),
                    content.qualification(QualificationKind.CERTIFICATE_LICENSE),
                    content.qualification(QualificationKind.PHYSICAL_DEMANDS),
                    content.qualification(QualificationKind.SPECIAL_REQUIREMENTS));
        }
    }

    /** Where to read more: this resource, the class page, the revisions, the official class. */
    @Schema(name = "DescriptionLinks")
    public record Links(String self, String page, String revisions, String officialClass) {
    }

    static ApiClassDescription of(DescriptionContent content, String slug, int revision, Instant publishedAt,
                                  ApiPay pay, ApiPaths paths, String currentSlug) {
        return new ApiClassDescription(content.code(), slug, content.officialTitle(), content.sqOq(), content.workingTitle(),
                content.grade(), content.months(), content.summary(), Qualifications.of(content),
                content.overtimeEligible(), content.duties(), content.classEstablished(), content.revisionDates(),
                content.lastReviewed(), revision, publishedAt, pay,
                new Links(paths.revision(content.code(), currentSlug, revision), paths.page(content.code(), currentSlug),
                        paths.revisions(content.code(), currentSlug), paths.officialClass(content.code())));
    }
}
