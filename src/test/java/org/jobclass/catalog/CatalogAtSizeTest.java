package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Listings longer than a page: paged in title order with letter links, sortable by code and grade, by grade, and
 * the index of codes. 260 published descriptions under 130 codes, besides the two seeded coordinators.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogAtSizeTest {

    private static final String[] NOUNS = {"Baker", "Carpenter", "Courier", "Budget Analyst", "Bus Operator",
            "Cafeteria Worker", "Accountant", "Auditor", "Chemist", "Buyer"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    private final List<String> codes = new ArrayList<>();

    @BeforeAll
    void publishManyUnderAToC() {
        for (int i = 0; i < 130; i++) {
            String code = Integer.toString(8000 + i);
            codes.add(code);
            for (int level = 1; level <= 2; level++) {
                String title = NOUNS[i % NOUNS.length] + " " + (char) ('A' + i / 10) + (i % 10) + " Level " + level;
                fixtures.publish(new DescriptionContent("Official " + code, code, null, title, Integer.toString(10 + i % 7),
                        10, "Works.", Map.of(), false, List.of("Works."), null, List.of(), null));
            }
        }
    }

    @AfterAll
    void removeThem() {
        codes.forEach(fixtures::deleteEverythingUnder);
    }

    private static List<String> titles(Document page) {
        return page.select("table.titles tbody td:first-child").eachText();
    }

    @Test
    void aLongRangeIsPagedInTitleOrder() {
        Document first = HtmlPages.get(mvc, "/classes?range=a-c");
        Document second = HtmlPages.get(mvc, "/classes?range=a-c&page=2");
        Document third = HtmlPages.get(mvc, "/classes?range=a-c&page=3");

        assertThat(titles(first)).hasSize(100);
        assertThat(titles(second)).hasSize(100);
        assertThat(titles(third)).hasSize(62);
        List<String> all = new ArrayList<>(titles(first));
        all.addAll(titles(second));
        all.addAll(titles(third));
        assertThat(all).isSortedAccordingTo((a, b) -> TitleOrder.sortKey(a).compareTo(TitleOrder.sortKey(b)));
        assertThat(all).doesNotHaveDuplicates();
        assertThat(first.selectFirst("#range-a-c h2").text()).isEqualTo("A - C (262 job titles)");
        assertThat(first.selectFirst(".showing").text()).isEqualTo("Showing 1\u2013100 of 262");
        assertThat(second.select(".pager a").eachText()).containsExactly("Previous", "1", "2", "3", "Next");
        assertThat(second.selectFirst(".pager a[aria-current=page]").text()).isEqualTo("2");
        assertThat(second.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/classes?range=a-c&page=3");
    }

    @Test
    void letterLinksLeadToThePageWhereTheLetterStarts() {
        Document first = HtmlPages.get(mvc, "/classes?range=a-c");

        assertThat(first.select(".letters a").eachText()).containsExactly("A", "B", "C");
        String toC = first.select(".letters a").last().attr("href");
        assertThat(toC).matches("/classes\\?range=a-c&page=\\d#letter-c");
        Document pageOfC = HtmlPages.get(mvc, toC.substring(0, toC.indexOf('#')));
        assertThat(pageOfC.selectFirst("#letter-c td:first-child").text()).startsWith("C");
    }

    @Test
    void columnsSortByCodeAndByGrade() {
        Document byCode = HtmlPages.get(mvc, "/classes?range=a-c&sort=code");
        List<String> codesListed = byCode.select("table.titles tbody td:nth-child(2)").eachText();
        assertThat(codesListed).isSorted();
        assertThat(codesListed.get(0)).isEqualTo("0435");
        assertThat(byCode.selectFirst("th[aria-sort=ascending]").text()).isEqualTo("Code");

        List<String> grades = HtmlPages.get(mvc, "/classes?sort=grade").select("table.titles tbody td:nth-child(3)").eachText();
        assertThat(grades.get(0)).isEqualTo("10");
        assertThat(grades).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    }

    @Test
    void aGradeListsItsTitles() {
        Document grades = HtmlPages.get(mvc, "/classes/grades");
        assertThat(grades.select("table.grades tbody tr td:first-child").eachText())
                .containsSubsequence("Grade 10", "Grade 11", "Grade 16", "Grade N");

        Document grade16 = HtmlPages.get(mvc, "/classes?grade=16");
        assertThat(titles(grade16)).hasSize(36).allSatisfy(title -> assertThat(title).containsAnyOf(" Level 1", " Level 2"));
        assertThat(grade16.selectFirst("h2").text()).isEqualTo("Grade 16 (36 job titles)");
    }

    @Test
    void theIndexOfCodesListsEachCodeWithItsOfficialTitleAndWorkingTitles() {
        Document index = HtmlPages.get(mvc, "/classes/codes");

        assertThat(index.selectFirst("h1").text()).isEqualTo("Index of codes");
        assertThat(index.select("table.codes tbody tr")).hasSize(100);
        assertThat(index.select("table.codes tbody tr").first().select("td").eachText().get(0)).isEqualTo("0435");
        assertThat(index.select("table.codes tbody tr").get(1).select("td").eachText())
                .containsExactly("8000", "Official 8000", "Baker A0 Level 1 Baker A0 Level 2");
        Document second = HtmlPages.get(mvc, "/classes/codes?page=2");
        assertThat(second.select("table.codes tbody tr")).hasSize(31);
        assertThat(mvc.get().uri("/classes/codes?page=3")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void listingAddressesOutsideTheCatalogAreRefused() {
        assertThat(mvc.get().uri("/classes?range=a-c&page=4")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/classes?page=-1")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/classes?sort=salary")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/classes?page=two")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/classes?grade=" + "9".repeat(11))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
