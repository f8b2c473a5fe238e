package org.jobclass.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ranges of the catalog's "Sorted by job title" line. A title falls in the range of its first
 * letter or digit: leading punctuation is skipped and accents are ignored, so "“Éclair” Baker"
 * is filed under D - H. Titles that start with a digit or a non-Latin letter are filed under Other.
 */
public enum TitleRange {
    A_C("A - C", "a-c", 'A', 'C'),
    D_H("D - H", "d-h", 'D', 'H'),
    I_Q("I - Q", "i-q", 'I', 'Q'),
    R_Z("R - Z", "r-z", 'R', 'Z'),
    OTHER("Other", "other", '\0', '\0');

    private final String label;
    private final String key;
    private final char first;
    private final char last;

    TitleRange(String label, String key, char first, char last) {
        this.label = label;
        this.key = key;
        this.first = first;
        this.last = last;
    }

    public String getLabel() {
        return label;
    }

    /** The message that names the range on pages, as in "A - C". */
    public String messageKey() {
        return "catalog.range." + key;
    }

    /** The range's name in URLs, as in {@code /classes?range=a-c}. */
    public String getKey() {
        return key;
    }

    public boolean isLetterRange() {
        return this != OTHER;
    }

    public static Optional<TitleRange> fromKey(String key) {
        return Arrays.stream(values()).filter(range -> range.key.equalsIgnoreCase(key)).findFirst();
    }

    public static TitleRange of(String title) {
        return title.codePoints()
                .filter(Character::isLetterOrDigit)
                .mapToObj(TitleRange::ofInitial)
                .findFirst()
                .orElse(OTHER);
    }

    private static TitleRange ofInitial(int codePoint) {
        String folded = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        char initial = folded.isEmpty() ? '\0' : folded.charAt(0);
        return Arrays.stream(values())
                .filter(range -> range.isLetterRange() && initial >= range.first && initial <= range.last)
                .findFirst()
                .orElse(OTHER);
    }
}
