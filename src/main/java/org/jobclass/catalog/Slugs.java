package org.jobclass.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL segments made from titles: "Coordinator, Organizational Development" becomes "coordinator-organizational-development". */
public final class Slugs {

    private static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    public static String of(String title) {
        String withoutAccents = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = withoutAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
