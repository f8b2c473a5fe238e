package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogListingTest {

    private static CatalogEntry entry(String title) {
        return new CatalogEntry(title, "0100", "12", Slugs.of(title));
    }

    private static List<String> titles(CatalogListing listing, TitleRange range) {
        return listing.entries(range).stream().map(CatalogEntry::workingTitle).toList();
    }

    @Test
    void titlesAreSortedWithinTheirRangeRegardlessOfCase() {
        CatalogListing listing = CatalogListing.of(List.of(
                entry("coordinator, Zoo Programs"), entry("Bus Driver"), entry("accounts payable clerk"),
                entry("Accountant"), entry("Coordinator, Art Programs")));

        assertThat(titles(listing, TitleRange.A_C)).containsExactly(
                "Accountant", "accounts payable clerk", "Bus Driver", "Coordinator, Art Programs",
                "coordinator, Zoo Programs");
    }

    @Test
    void accentedTitlesSortBesideTheirUnaccentedLetters() {
        CatalogListing listing = CatalogListing.of(List.of(
                entry("Editor"), entry("École Liaison"), entry("Ecology Teacher"), entry("Dietitian")));

        assertThat(titles(listing, TitleRange.D_H)).containsExactly(
                "Dietitian", "École Liaison", "Ecology Teacher", "Editor");
    }

    @Test
    void leadingPunctuationIsIgnoredWhenSorting() {
        CatalogListing listing = CatalogListing.of(List.of(
                entry("Quartermaster"), entry("\"Quoted\" Title"), entry("(Acting) Principal"), entry("Instructional Aide")));

        assertThat(titles(listing, TitleRange.I_Q)).containsExactly("Instructional Aide", "Quartermaster", "\"Quoted\" Title");
        assertThat(titles(listing, TitleRange.A_C)).containsExactly("(Acting) Principal");
    }

    @Test
    void theIToQBoundaryKeepsQInAndROut() {
        CatalogListing listing = CatalogListing.of(List.of(
                entry("Receptionist"), entry("quality Analyst"), entry("Instructional Assistant"), entry("Hearing Officer")));

        assertThat(titles(listing, TitleRange.D_H)).containsExactly("Hearing Officer");
        assertThat(titles(listing, TitleRange.I_Q)).containsExactly("Instructional Assistant", "quality Analyst");
        assertThat(titles(listing, TitleRange.R_Z)).containsExactly("Receptionist");
    }

    @Test
    void countsAndTotalFollowTheGroups() {
        CatalogListing listing = CatalogListing.of(List.of(
                entry("Accountant"), entry("Bus Driver"), entry("Radiologic Technician"), entry("911 Dispatcher")));

        assertThat(listing.count(TitleRange.A_C)).isEqualTo(2);
        assertThat(listing.count(TitleRange.D_H)).isZero();
        assertThat(listing.count(TitleRange.R_Z)).isEqualTo(1);
        assertThat(listing.count(TitleRange.OTHER)).isEqualTo(1);
        assertThat(listing.total()).isEqualTo(4);
    }

    @Test
    void theOtherRangeIsOfferedOnlyWhenItHasTitles() {
        assertThat(CatalogListing.of(List.of(entry("Accountant"))).ranges())
                .containsExactly(TitleRange.A_C, TitleRange.D_H, TitleRange.I_Q, TitleRange.R_Z);
        assertThat(CatalogListing.of(List.of(entry("Accountant"), entry("911 Dispatcher"))).ranges())
                .containsExactly(TitleRange.A_C, TitleRange.D_H, TitleRange.I_Q, TitleRange.R_Z, TitleRange.OTHER);
    }

    @Test
    void anEmptyCatalogStillHasItsFourRanges() {
        CatalogListing listing = CatalogListing.of(List.of());

        assertThat(listing.ranges()).hasSize(4);
        assertThat(listing.total()).isZero();
        assertThat(listing.entries(TitleRange.A_C)).isEmpty();
    }
}
