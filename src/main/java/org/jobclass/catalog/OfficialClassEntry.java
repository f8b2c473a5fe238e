package org.jobclass.catalog;

import java.util.List;

/** An official class as the index of codes lists it: its code, official title and published working titles. */
public record OfficialClassEntry(String code, String officialTitle, List<CatalogEntry> workingTitles) {

    public OfficialClassEntry {
        workingTitles = List.copyOf(workingTitles);
    }
}
