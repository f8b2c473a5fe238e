package org.jobclass.catalog;

import java.util.List;

/**
 * What a class page offers next: the other published working titles of its code, the other classes of its series,
 * and the published classes whose titles are most alike.
 *
 * @param seriesName null when its code is in no series
 */
public record RelatedClasses(List<CatalogEntry> sameCode, String seriesName, String seriesSlug,
                             List<OfficialClassEntry> series, List<CatalogEntry> similar) {

    public boolean isEmpty() {
        return sameCode.isEmpty() && series.isEmpty() && similar.isEmpty();
    }
}
