package org.jobclass.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One link of a pager: a page number (or "previous" / "next"), its address, whether it is the page shown, or a
 * gap between distant page numbers.
 */
public record PageLink(String label, String path, boolean current, boolean gap, String rel) {

    /** Previous, the first page, the pages around the current one, the last page, next. */
    public static List<PageLink> around(int current, int count, IntFunction<String> pathOfPage) {
        List<PageLink> links = new ArrayList<>();
        if (count <= 1) {
            return links;
        }
        if (current > 1) {
            links.add(new PageLink("previous", pathOfPage.apply(current - 1), false, false, "prev"));
        }
        int from = Math.max(1, current - 2);
        int to = Math.min(count, current + 2);
        if (from > 1) {
            links.add(number(1, current, pathOfPage));
            if (from > 2) {
                links.add(new PageLink("…", null, false, true, null));
            }
        }
        for (int page = from; page <= to; page++) {
            links.add(number(page, current, pathOfPage));
        }
        if (to < count) {
            if (to < count - 1) {
                links.add(new PageLink("…", null, false, true, null));
            }
            links.add(number(count, current, pathOfPage));
        }
        if (current < count) {
            links.add(new PageLink("next", pathOfPage.apply(current + 1), false, false, "next"));
        }
        return links;
    }

    private static PageLink number(int page, int current, IntFunction<String> pathOfPage) {
        return new PageLink(Integer.toString(page), pathOfPage.apply(page), page == current, false, null);
    }

    public boolean isPrevious() {
        return "prev".equals(rel);
    }

    public boolean isNext() {
        return "next".equals(rel);
    }
}
