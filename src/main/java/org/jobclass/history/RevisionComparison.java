package org.jobclass.history;

import java.util.List;

import org.jobclass.catalog.WordDiff;

/** Two revisions side by side, section by section, with the words that differ marked. */
public record RevisionComparison(RevisionSummary from, RevisionSummary to, List<SectionComparison> sections) {

    public record SectionComparison(String labelKey, List<WordDiff.Segment> left, List<WordDiff.Segment> right,
                                    boolean changed) {
    }

    public boolean identical() {
        return sections.stream().noneMatch(SectionComparison::changed);
    }
}
