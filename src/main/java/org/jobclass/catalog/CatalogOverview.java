package org.jobclass.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog at one version, in brief: how many working titles each title range holds and which grades
 * there are. What every public page's "Sorted by job title" line and the search filters need, computed once
 * per catalog version.
 */
public record CatalogOverview(CatalogState state, Map<TitleRange, Integer> counts, List<GradeCount> grades,
                              List<Integer> months, List<String> sqOqValues) {

    public CatalogOverview {
        EnumMap<TitleRange, Integer> all = new EnumMap<>(TitleRange.class);
        for (TitleRange range : TitleRange.values()) {
            all.put(range, counts.getOrDefault(range, 0));
        }
        counts = Map.copyOf(all);
        grades = List.copyOf(grades);
        months = List.copyOf(months);
        sqOqValues = List.copyOf(sqOqValues);
    }

    /** A grade and how many published working titles have it. */
    public record GradeCount(String grade, int count) {
    }

    public int count(TitleRange range) {
        return counts.get(range);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The ranges of the "Sorted by job title" line: always the four letter ranges, Other only when it has titles. */
    public List<TitleRange> ranges() {
        return java.util.Arrays.stream(TitleRange.values())
                .filter(range -> range.isLetterRange() || count(range) > 0)
                .toList();
    }

    /** What the ranges line shows, for the validators of pages that carry it. */
    String rangesSignature() {
        return ranges().size() == TitleRange.values().length ? "o" : "l";
    }
}
