package org.jobclass.catalog;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The published working titles grouped by title range, each group sorted by title regardless of case,
 * accents and leading punctuation.
 */
public final class CatalogListing {

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private final Map<TitleRange, List<CatalogEntry>> groups;

    private CatalogListing(Map<TitleRange, List<CatalogEntry>> groups) {
        this.groups = groups;
    }

    public static CatalogListing of(List<CatalogEntry> entries) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        Comparator<CatalogEntry> byTitle = Comparator.comparing(CatalogListing::sortKey, collator)
                .thenComparing(CatalogEntry::workingTitle)
                .thenComparing(CatalogEntry::code);
        Map<TitleRange, List<CatalogEntry>> groups = new EnumMap<>(TitleRange.class);
        for (TitleRange range : TitleRange.values()) {
            groups.put(range, List.of());
        }
        groups.putAll(entries.stream()
                .sorted(byTitle)
                .collect(Collectors.groupingBy(CatalogEntry::range, () -> new EnumMap<>(TitleRange.class),
                        Collectors.toUnmodifiableList())));
        return new CatalogListing(groups);
    }

    /** Leading quotes and punctuation do not count, as they do not count for the title's range. */
    private static String sortKey(CatalogEntry entry) {
        return LEADING_PUNCTUATION.matcher(entry.workingTitle()).replaceFirst("");
    }

    public List<CatalogEntry> entries(TitleRange range) {
        return groups.get(range);
    }

    public int count(TitleRange range) {
        return groups.get(range).size();
    }

    public int total() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    /** The ranges of the "Sorted by job title" line: always the four letter ranges, Other only when it has titles. */
    public List<TitleRange> ranges() {
        return groups.keySet().stream()
                .filter(range -> range.isLetterRange() || count(range) > 0)
                .toList();
    }
}
