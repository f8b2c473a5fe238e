package org.jobclass.catalog;

import java.time.Instant;

/** A published class page: its address and when what it shows was published. */
public record PublishedPage(String code, String slug, Instant publishedAt) {

    public String path() {
        return "/classes/" + code + "/" + slug;
    }
}
