package org.jobclass.catalog;

import java.util.List;

/**
 * One page of a listing, with what it takes to go elsewhere in it: the number of pages and, in title order,
 * the page on which each initial letter starts.
 */
public record ListingPage(ListingQuery query, List<CatalogEntry> entries, int total, List<LetterJump> letters) {

    public ListingPage {
        entries = List.copyOf(entries);
        letters = List.copyOf(letters);
    }

    /** An initial letter (or digit) of the titles listed and the page its first title is on. */
    public record LetterJump(String letter, int page) {
    }

    public int page() {
        return query.page();
    }

    public int pageCount() {
        return Math.max(1, (total + ListingQuery.PAGE_SIZE - 1) / ListingQuery.PAGE_SIZE);
    }

    /** The number of the first title on this page, counted from 1. */
    public int first() {
        return (page() - 1) * ListingQuery.PAGE_SIZE + 1;
    }

    public int last() {
        return first() + entries.size() - 1;
    }

    /**
     * A part of the page under its own heading: one title range, or the whole page when it lists one grade or
     * is sorted by another column than the title.
     *
     * @param range null when the part is not one range
     * @param count the titles of the whole part, on every page
     */
    public record Section(String id, TitleRange range, List<CatalogEntry> entries, int count) {
    }

    /**
     * The page's titles under their headings. Listing every range in title order, each range on the page is a
     * section of its own; on a single page, empty ranges show too, as the catalog's full view always has.
     */
    public List<Section> sections(CatalogOverview overview) {
        if (query.range() != null) {
            return List.of(new Section("range-" + query.range().getKey(), query.range(), entries, total));
        }
        if (query.grade() != null || query.sort() != ListingSort.TITLE) {
            return List.of(new Section("range-all", null, entries, total));
        }
        return overview.ranges().stream()
                .map(range -> new Section("range-" + range.getKey(), range,
                        entries.stream().filter(entry -> entry.range() == range).toList(), overview.count(range)))
                .filter(section -> pageCount() == 1 || !section.entries().isEmpty())
                .toList();
    }

    public List<PageLink> pageLinks() {
        return PageLink.around(page(), pageCount(), number -> query.withPage(number).path());
    }

    /** The address of a letter's first title. */
    public String pathOf(LetterJump letter) {
        return query.withPage(letter.page()).path() + "#letter-" + letter.letter().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this entry is the first of its initial letter on the page, where the letter links land. */
    public boolean startsLetter(int index) {
        return index == 0 || !initial(entries.get(index - 1)).equals(initial(entries.get(index)));
    }

    public static String initial(CatalogEntry entry) {
        String key = TitleOrder.sortKey(entry.workingTitle());
        return key.isEmpty() ? "" : key.substring(0, key.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT);
    }
}
