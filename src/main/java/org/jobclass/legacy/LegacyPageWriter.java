package org.jobclass.legacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.PageDates;
import org.jobclass.catalog.DescriptionSection;
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
        for (DescriptionSection section : DescriptionSection.values()) {
            if (section.shape() == DescriptionSection.Shape.LIST) {
                page.append('\n');
            }
            page.append(section.layoutLabel());
            if (section.layoutHint() != null) {
                page.append(' ').append(section.layoutHint());
            }
            switch (section.shape()) {
                case HEADING -> page.append('\n');
                case LIST -> {
                    page.append("\n\n");
                    content.duties().forEach(duty -> page.append(duty).append('\n'));
                    page.append('\n');
                }
                case LINE, TEXT -> page.append(' ').append(value(section, content)).append('\n');
            }
        }
        page.append('\n').append(organisation.closingNotice()).append('\n');
        return page.toString().replaceAll("[ ]+\\n", "\n");
    }

    /** A section's value as the page writes it after the label. */
    private static String value(DescriptionSection section, DescriptionContent content) {
        return switch (section) {
            case OFFICIAL_TITLE -> content.officialTitle() + " CODE: " + content.code() + " SQ/OQ: " + orEmpty(content.sqOq());
            case WORKING_TITLE -> content.workingTitle() + " GRADE: " + content.grade() + " MONTHS: " + content.months();
            case DATES_REVISED -> content.revisionDates().stream().map(PageDates::format).distinct()
                    .collect(Collectors.joining(", "));
            default -> section.text(content);
        };
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
