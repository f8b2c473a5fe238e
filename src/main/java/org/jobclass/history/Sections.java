package org.jobclass.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.PageDates;
import org.jobclass.catalog.QualificationKind;

/** A description's content as the sections of its page, each as text, in page order, for comparing versions. */
final class Sections {

    private Sections() {
    }

    /** Section names are the message keys of their labels. */
    static Map<String, String> of(DescriptionContent content) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("history.section.header", String.join("\n",
                "OFFICIAL TITLE: " + content.officialTitle() + "  CODE: " + content.code() + "  SQ/OQ: "
                        + (content.sqOq() == null ? "" : content.sqOq()),
                "WORKING TITLE: " + content.workingTitle() + "  GRADE: " + content.grade() + "  MONTHS: " + content.months()));
        sections.put("description.summary", content.summary());
        for (QualificationKind kind : QualificationKind.values()) {
            sections.put("qualification." + kind.name(), content.qualification(kind));
        }
        sections.put("description.overtimeEligible", content.overtimeEligible() == null ? "" : content.overtimeEligible() ? "Yes" : "No");
        sections.put("description.duties", String.join("\n", content.duties()));
        sections.put("history.section.dates", String.join("\n",
                "Class Established: " + PageDates.format(content.classEstablished()),
                "Date(s) Revised: " + content.revisionDates().stream().map(PageDates::format).collect(Collectors.joining(", ")),
                "Last Reviewed: " + PageDates.format(content.lastReviewed())));
        return sections;
    }
}
