package org.jobclass.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.WordDiff;

/** Two revisions side by side, section by section, with the words that differ marked. */
public record RevisionComparison(RevisionSummary from, RevisionSummary to, List<SectionComparison> sections) {

    public record SectionComparison(String labelKey, List<WordDiff.Segment> left, List<WordDiff.Segment> right,
                                    boolean changed) {
    }

    public boolean identical() {
        return sections.stream().noneMatch(SectionComparison::changed);
    }

    /** Two versions of a description's content, section by section in page order, the words that differ marked. */
    public static List<SectionComparison> sectionsBetween(DescriptionContent left, DescriptionContent right) {
        Map<String, String> before = Sections.of(left);
        Map<String, String> after = Sections.of(right);
        List<SectionComparison> sections = new ArrayList<>();
        before.forEach((label, text) -> {
            WordDiff.Sides sides = WordDiff.between(text, after.get(label));
            sections.add(new SectionComparison(label, sides.left(), sides.right(), sides.changed()));
        });
        return sections;
    }
}
