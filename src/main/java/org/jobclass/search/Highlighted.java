package org.jobclass.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the words a search matched marked, as parts to be written out one by one, each escaped by the page
 * template: PostgreSQL's {@code ts_headline} returns the text as it is stored, markup and all, so its output is
 * never trusted as HTML. It surrounds each match with two control characters that stored text cannot hold.
 */
public record Highlighted(List<Part> parts) {

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** A run of text, marked when the search matched it. */
    public record Part(String text, boolean marked) {
    }

    static Highlighted parse(String headline) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), marked));
                    text.setLength(0);
                }
                marked = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), marked));
        }
        return new Highlighted(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
