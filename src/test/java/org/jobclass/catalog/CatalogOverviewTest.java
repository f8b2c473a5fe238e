package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CatalogOverviewTest {

    private static CatalogOverview overview(Map<TitleRange, Integer> counts) {
        return new CatalogOverview(new CatalogState(1, Instant.EPOCH), counts, List.of(), List.of(), List.of());
    }

    @Test
    void countsAndTotalFollowTheRanges() {
        CatalogOverview overview = overview(Map.of(TitleRange.A_C, 2, TitleRange.R_Z, 1, TitleRange.OTHER, 1));

        assertThat(overview.count(TitleRange.A_C)).isEqualTo(2);
        assertThat(overview.count(TitleRange.D_H)).isZero();
        assertThat(overview.total()).isEqualTo(4);
    }

    @Test
    void theOtherRangeIsOfferedOnlyWhenItHasTitles() {
        assertThat(overview(Map.of(TitleRange.A_C, 1)).ranges())
                .containsExactly(TitleRange.A_C, TitleRange.D_H, TitleRange.I_Q, TitleRange.R_Z);
        assertThat(overview(Map.of(TitleRange.A_C, 1, TitleRange.OTHER, 1)).ranges())
                .containsExactly(TitleRange.A_C, TitleRange.D_H, TitleRange.I_Q, TitleRange.R_Z, TitleRange.OTHER);
    }

    @Test
    void anEmptyCatalogStillHasItsFourRanges() {
        CatalogOverview overview = overview(Map.of());

        assertThat(overview.ranges()).hasSize(4);
        assertThat(overview.total()).isZero();
    }
}
