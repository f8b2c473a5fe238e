package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public catalog: working titles by range, sorted, with code and grade; published descriptions only. */
@ApplicationTest
@Import(CatalogFixtures.class)
class CatalogPageTest {

    private static final String INNOVATIVE = "Coordinator, Innovative and Progressive Systemwide Training";
    private static final String ORGANIZATIONAL = "Coordinator, Organizational Development, Office of School Support and Well-Being";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    /** Every request commits, as in production; what the tests made is removed after each. */
    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder("1001", "1002", "1003", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "3001", "4001", "4002", "4003");
        fixtures.deleteDescription("0435", "Coordinator, Draft Programs");
    }

    @Test
    void theHomePageLeadsToTheCatalog() {
        assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/classes");
    }

    @Test
    void bothSeededCoordinatorsAreListedUnderAToCWithCodeAndGrade() {
        Document page = HtmlPages.get(mvc, "/classes?range=a-c");

        assertThat(rows(page, "a-c")).containsExactly(
                List.of(INNOVATIVE, "0435", "N"),
                List.of(ORGANIZATIONAL, "0435", "N"));
        assertThat(page.select("#range-a-c tbody td:first-child a").eachAttr("href")).containsExactly(
                "/classes/0435/coordinator-innovative-and-progressive-systemwide-training",
                "/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being");
        assertThat(page.select("#range-a-c tbody td:nth-child(2) a").eachAttr("href"))
                .as("each code leads to its official class").containsExactly("/classes/0435", "/classes/0435");
    }

    @Test
    void theSortedByLineReadsAsTheOriginalAndLinksEachRange() {
        Document page = HtmlPages.get(mvc, "/classes");

        assertThat(page.selectFirst(".sorted-by").text()).isEqualTo("Sorted by job title: A - C | D - H | I - Q | R - Z");
        assertThat(page.select(".sorted-by a").eachAttr("href")).containsExactly(
                "/classes?range=a-c", "/classes?range=d-h", "/classes?range=i-q", "/classes?range=r-z");
    }

    @Test
    void aRangeViewShowsOnlyThatRangeAndMarksItCurrent() {
        fixtures.published("1001", "Radiologic Technician");

        Document page = HtmlPages.get(mvc, "/classes?range=a-c");

        assertThat(page.select("section.title-range").eachAttr("id")).containsExactly("range-a-c");
        assertThat(page.select(".sorted-by a[aria-current=page]").eachText()).containsExactly("A - C");
        assertThat(page.text()).doesNotContain("Radiologic Technician");
    }

    @Test
    void theAllViewShowsEveryRangeWithItsCount() {
        fixtures.published("1001", "Radiologic Technician");
        fixtures.published("1002", "Data Analyst");
        fixtures.published("1003", "Dietitian");

        Document page = HtmlPages.get(mvc, "/classes");

        assertThat(page.select("section.title-range h2").eachText()).containsExactly(
                "A - C (2 job titles)", "D - H (2 job titles)", "I - Q (no job titles)", "R - Z (1 job title)");
        assertThat(page.selectFirst(".all-titles").text()).isEqualTo("All job titles (5 job titles)");
        assertThat(page.selectFirst("#range-i-q").text()).contains("No published job titles in this range.");
    }

    @Test
    void titlesAreGroupedByFirstLetterAndSortedIgnoringCaseAndAccents() {
        fixtures.published("2001", "quality Assurance Specialist");
        fixtures.published("2002", "Instructional Assistant");
        fixtures.published("2003", "Radiologic Technician");
        fixtures.published("2004", "accounts payable clerk");
        fixtures.published("2005", "Accountant");
        fixtures.published("2006", "École Liaison");
        fixtures.published("2007", "Editor");
        fixtures.published("2008", "\"Quoted\" Title");

        Document page = HtmlPages.get(mvc, "/classes");

        assertThat(titles(page, "a-c")).containsExactly("Accountant", "accounts payable clerk", INNOVATIVE, ORGANIZATIONAL);
        assertThat(titles(page, "d-h")).containsExactly("École Liaison", "Editor");
        assertThat(titles(page, "i-q")).containsExactly("Instructional Assistant", "quality Assurance Specialist", "\"Quoted\" Title");
        assertThat(titles(page, "r-z")).containsExactly("Radiologic Technician");
    }

    @Test
    void titlesStartingWithADigitAreListedUnderOther() {
        fixtures.published("3001", "911 Dispatcher");

        Document page = HtmlPages.get(mvc, "/classes");

        assertThat(page.selectFirst(".sorted-by").text()).isEqualTo("Sorted by job title: A - C | D - H | I - Q | R - Z | Other");
        assertThat(titles(page, "other")).containsExactly("911 Dispatcher");
        assertThat(titles(HtmlPages.get(mvc, "/classes?range=other"), "other")).containsExactly("911 Dispatcher");
    }

    @Test
    void draftAndRetiredDescriptionsAreNeverListed() {
        fixtures.save("4001", "Bookkeeper Draft", DescriptionStatus.DRAFT);
        fixtures.save("4002", "Bookkeeper Retired", DescriptionStatus.RETIRED);
        fixtures.published("4003", "Bookkeeper Published");

        Document page = HtmlPages.get(mvc, "/classes");

        assertThat(titles(page, "a-c")).contains("Bookkeeper Published")
                .doesNotContain("Bookkeeper Draft", "Bookkeeper Retired");
        assertThat(page.text()).doesNotContain("Bookkeeper Draft", "Bookkeeper Retired");
    }

    @Test
    void anOfficialClassListsItsPublishedWorkingTitles() {
        fixtures.save("0435", "Coordinator, Draft Programs", DescriptionStatus.DRAFT);

        Document page = HtmlPages.get(mvc, "/classes/0435");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Coordinator (0435)");
        assertThat(page.select("tbody td:first-child").eachText()).containsExactly(INNOVATIVE, ORGANIZATIONAL);
        assertThat(page.selectFirst("main > p").text()).isEqualTo("2 published working titles share the code 0435.");
        assertThat(HtmlPages.get(mvc, "/classes/0435/coordinator-innovative-and-progressive-systemwide-training")
                .selectFirst("[data-field=code] a").attr("href")).isEqualTo("/classes/0435");
    }

    @Test
    void anUnknownRangeIsNotFound() {
        assertThat(mvc.get().uri("/classes?range=s-t")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static List<String> titles(Document page, String rangeKey) {
        return page.select("#range-" + rangeKey + " tbody td:first-child").eachText();
    }

    private static List<List<String>> rows(Document page, String rangeKey) {
        return page.select("#range-" + rangeKey + " tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::text).toList())
                .toList();
    }
}
