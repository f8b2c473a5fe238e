package org.jobclass.catalog;

/** One published working title as the catalog lists it. */
public record CatalogEntry(String workingTitle, String code, String grade, String slug) {

    public TitleRange range() {
        return TitleRange.of(workingTitle);
    }
}
