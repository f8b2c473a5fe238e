package org.jobclass.legacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.PageDates;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.TitleRange;
import org.jobclass.system.Organisation;
import org.springframework.stereotype.Component;

/**
 * Writes a description as plain text in the layout of the original pages, so that it can be read back by
 * {@link LegacyPageParser} into the same fields. Dates are written as the page shows them: month and year.
 */
@Component
public class LegacyPageWriter {

    private final Organisation organisation;

    LegacyPageWriter(Organisation organisation) {
        this.organisation = organisation;
    }

    public String write(DescriptionContent content) {
        String ranges = Arrays.stream(TitleRange.values()).filter(TitleRange::isLetterRange)
                .map(TitleRange::getLabel).collect(Collectors.joining(" | "));
        StringBuilder page = new StringBuilder();
        page.append(organisation.siteTitle()).append("\n\n");
        page.append(upper(organisation.office())).append(" → CLASSIFICATION → ").append(upper(content.workingTitle())).append("\n\n");
        page.append("Sorted by job title: ").append(ranges).append("\n\n");
        page.append(content.workingTitle()).append("\n\n");
        page.append(upper(organisation.name())).append(" CLASS DESCRIPTION\n");
        page.append("OFFICIAL TITLE: ").append(content.officialTitle()).append(" CODE: ").append(content.code())
                .append(" SQ/OQ: ").append(orEmpty(content.sqOq())).append('\n');
        page.append("WORKING TITLE: ").append(content.workingTitle()).append(" GRADE: ").append(content.grade())
                .append(" MONTHS: ").append(content.months()).append('\n');
        page.append("SUMMARY DESCRIPTION OF CLASSIFICATION: ").append(content.summary()).append('\n');
        page.append("MINIMUM QUALIFICATION STANDARDS\n");
        page.append("KNOWLEDGE, SKILLS, AND ABILITIES: ").append(content.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES)).append('\n');
        page.append("EDUCATION, TRAINING, AND EXPERIENCE: ").append(content.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE)).append('\n');
        page.append("CERTIFICATE AND LICENSE REQUIREMENTS: ").append(content.qualification(QualificationKind.CERTIFICATE_LICENSE)).append('\n');
        page.append("PHYSICAL DEMANDS: (Special requirements such as lifting heavy objects and frequent climbing.) ")
                .append(content.qualification(QualificationKind.PHYSICAL_DEMANDS)).append('\n');
        page.append("SPECIAL REQUIREMENTS: (Frequent overtime or night work required, etc.) ")
                .append(content.qualification(QualificationKind.SPECIAL_REQUIREMENTS)).append('\n');
        page.append("OVERTIME ELIGIBLE:").append(content.overtimeEligible() == null ? ""
                : content.overtimeEligible() ? " Yes" : " No").append("\n\n");
        page.append("EXAMPLES OF DUTIES AND RESPONSIBILITIES:\n\n");
        content.duties().forEach(duty -> page.append(duty).append('\n'));
        page.append('\n');
        page.append("Class Established: ").append(PageDates.format(content.classEstablished())).append('\n');
        page.append("Date(s) Revised: ").append(content.revisionDates().stream().map(PageDates::format)
                .distinct().collect(Collectors.joining(", "))).append('\n');
        page.append("Last Reviewed: ").append(PageDates.format(content.lastReviewed())).append("\n\n");
        page.append(organisation.closingNotice()).append('\n');
        return page.toString().replaceAll("[ ]+\\n", "\n");
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
