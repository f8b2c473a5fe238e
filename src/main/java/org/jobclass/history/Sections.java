package org.jobclass.history;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionSection;

/** A description's content as the sections of its page, each as text, in page order, for comparing versions. */
final class Sections {

    private Sections() {
    }

    /** The keys of the sections that differ from {@code before}; none when there is nothing before (a first revision). */
    static java.util.List<String> changed(Map<String, String> before, Map<String, String> after) {
        if (before == null) {
            return java.util.List.of();
        }
        return after.keySet().stream().filter(label -> !after.get(label).equals(before.get(label))).toList();
    }

    /** Section names are the message keys of their labels. */
    static Map<String, String> of(DescriptionContent content) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (DescriptionSection section : DescriptionSection.withValues()) {
            sections.put(section.labelKey(), section.text(content));
        }
        return sections;
    }
}
