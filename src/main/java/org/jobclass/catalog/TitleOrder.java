package org.jobclass.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order of the catalog's listings: by working title regardless of case, accents and leading punctuation.
 * A title's sort key is kept with each published revision, so that PostgreSQL sorts and pages the listings
 * by comparing keys byte by byte ({@code collate "C"}), whatever the database's own locale.
 */
public final class TitleOrder {

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TitleOrder() {
    }

    /** "“École” Liaison" → "ecole” liaison": no leading punctuation, no accents, lower case. */
    public static String sortKey(String title) {
        String withoutLeadingPunctuation = LEADING_PUNCTUATION.matcher(title.strip()).replaceFirst("");
        String folded = MARKS.matcher(Normalizer.normalize(withoutLeadingPunctuation, Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT);
    }
}
