package org.jobclass.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.QualificationKind;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public search, on descriptions published and committed as production publishes them. */
@ApplicationTest
@Import(CatalogFixtures.class)
class SearchTest {

    private static final List<String> CODES = List.of("7701", "7702", "7703", "7704", "7705", "7706", "7707", "0771");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @AfterEach
    void removeFixtures() {
        CODES.forEach(fixtures::deleteEverythingUnder);
    }

    private static DescriptionContent content(String code, String title, String summary, String grade, int months,
                                              Boolean overtime, String sqOq, List<String> duties) {
        return new DescriptionContent("Official " + code, code, sqOq, title, grade, months, summary,
                Map.of(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES, "Knowledge of the work."), overtime, duties,
                null, List.of(), null);
    }

    private void quillwrights() {
        fixtures.publish(content("7701", "Quillwright Supervisor", "Supervises the shop and its staff.", "41", 10, true, "SQ",
                List.of("Plans the work of the shop.")));
        fixtures.publish(content("7702", "Shop Assistant", "Assists the quillwright with the daily orders.", "42", 12, false,
                "OQ", List.of("Keeps the shop tidy.")));
    }

    /** The search page for these parameters, as a browser's form sends them. */
    private Document search(String... namesAndValues) {
        return HtmlPages.get(mvc, "/search", namesAndValues);
    }

    private static List<String> resultTitles(Document page) {
        return page.select("ol.results h3").eachText();
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheBody() {
        quillwrights();

        Document page = search("q", "quillwright");

        assertThat(resultTitles(page)).containsExactly("Quillwright Supervisor", "Shop Assistant");
        assertThat(page.selectFirst("#results-heading").text()).isEqualTo("2 class descriptions found");
        assertThat(page.title()).startsWith("2 results for \u201cquillwright\u201d");
    }

    @Test
    void aMatchInTheSummaryRanksAboveAMatchInTheDuties() {
        fixtures.publish(content("7704", "Alder Keeper", "Keeps the alder grove.", "20", 12, false, null,
                List.of("Mends the bellows of the forge.")));
        fixtures.publish(content("7705", "Zinnia Keeper", "Works the bellows of the forge.", "20", 12, false, null,
                List.of("Sweeps the floor.")));

        Document page = search("q", "bellows");

        assertThat(resultTitles(page)).containsExactly("Zinnia Keeper", "Alder Keeper");
        assertThat(page.select("ol.results li").get(1).select(".snippet mark").eachText())
                .as("the passage shown is where the word is: the duties").containsExactly("bellows");
        assertThat(page.select("ol.results li").get(1).selectFirst(".snippet").text()).contains("Mends the bellows");
    }

    @Test
    void wordsAreFoundWhateverTheirEnding() {
        fixtures.publish(content("7703", "Zephyr Archivist", "Catalogues the district's archives and microfilm.", "20", 12,
                false, null, List.of("Retrieves archived records on request.")));

        assertThat(resultTitles(search("q", "zephyr archiving"))).containsExactly("Zephyr Archivist");
        assertThat(resultTitles(search("q", "Zephyr RETRIEVING"))).containsExactly("Zephyr Archivist");
    }

    @Test
    void theWebSearchSyntaxLeavesOutWordsAndMatchesPhrases() {
        quillwrights();

        assertThat(resultTitles(search("q", "quillwright -supervises"))).containsExactly("Shop Assistant");
        assertThat(resultTitles(search("q", "\"daily orders\""))).containsExactly("Shop Assistant");
        assertThat(resultTitles(search("q", "\"orders daily\""))).isEmpty();
        assertThat(resultTitles(search("q", "tidy or plans quillwright"))).hasSize(2);
    }

    @Test
    void aTitleMatchRanksFirstAlsoWithAWordLeftOut() {
        fixtures.publish(content("7706", "Trainer of Otters", "Trains the young.", "20", 12, false, null,
                List.of("Keeps the pools clean.")));
        fixtures.publish(content("7707", "Aquarium Attendant", "Feeds the otters.", "20", 12, false, null,
                List.of("Keeps the pools clean.")));

        assertThat(resultTitles(search("q", "otter -seal"))).containsExactly("Trainer of Otters", "Aquarium Attendant");
    }

    @Test
    void aMisspeltTitleStillFindsTheClass() {
        quillwrights();

        assertThat(resultTitles(search("q", "quilwright"))).startsWith("Quillwright Supervisor");
        assertThat(resultTitles(search("q", "cordinator")))
                .contains("Coordinator, Innovative and Progressive Systemwide Training",
                        "Coordinator, Organizational Development, Office of School Support and Well-Being");
    }

    @Test
    void eachMisspeltWordIsTakenForACloseTitleWord() {
        quillwrights();

        assertThat(resultTitles(search("q", "quilwright supervisr"))).containsExactly("Quillwright Supervisor");
        assertThat(resultTitles(search("q", "quilwright of the staff"))).containsExactly("Quillwright Supervisor");
        assertThat(resultTitles(search("q", "supervisr of"))).containsExactly("Quillwright Supervisor");
        assertThat(resultTitles(search("q", "quilwright zebra"))).as("every word must be found").isEmpty();
    }

    @Test
    void aLeftOutWordAlsoLeavesOutCloseTitles() {
        quillwrights();

        assertThat(resultTitles(search("q", "quilwright -staff"))).doesNotContain("Quillwright Supervisor");
    }

    @Test
    void aCodeWithOrWithoutLeadingZerosGoesToItsClass() {
        fixtures.publish(content("0771", "Vellum Binder", "Binds the records.", "12", 12, false, null, List.of("Binds.")));

        for (String typed : List.of("771", "0771", "00771", "#0771", " 771 ")) {
            assertThat(mvc.get().uri("/search").param("q", typed)).as(typed)
                    .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/classes/0771");
        }
        assertThat(mvc.get().uri("/classes/771")).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/classes/0771");
        assertThat(mvc.get().uri("/search").param("q", "435")).hasRedirectedUrl("/classes/0435");
    }

    @Test
    void aNumberThatIsNoCodeIsSearchedAsWords() {
        Document page = search("q", "98765");

        assertThat(page.selectFirst("#results-heading").text()).isEqualTo("No published class description matches.");
    }

    @Test
    void filtersNarrowTheResults() {
        quillwrights();
        fixtures.publish(content("7707", "Quill Cutter", "Cuts quills for the quillwright.", "43", 11, null,
                "OQ", List.of("Cuts quills.")));

        assertThat(resultTitles(search("q", "quillwright", "grade", "42"))).containsExactly("Shop Assistant");
        assertThat(resultTitles(search("q", "quillwright", "months", "10"))).containsExactly("Quillwright Supervisor");
        assertThat(resultTitles(search("q", "quillwright", "overtime", "yes"))).containsExactly("Quillwright Supervisor");
        assertThat(resultTitles(search("q", "quillwright", "overtime", "no"))).containsExactly("Shop Assistant");
        assertThat(resultTitles(search("q", "quillwright", "overtime", "not-stated"))).as("never counted as No")
                .containsExactly("Quill Cutter");
        assertThat(resultTitles(search("q", "quillwright", "sqoq", "SQ"))).containsExactly("Quillwright Supervisor");
        assertThat(resultTitles(search("grade", "41"))).as("filters alone list their classes")
                .containsExactly("Quillwright Supervisor");
    }

    @Test
    void theFiltersOfferWhatThePublishedCatalogHolds() {
        quillwrights();

        Document page = search("q", "quillwright", "grade", "42");

        assertThat(page.select("#grade option").eachAttr("value")).contains("", "41", "42", "N");
        assertThat(page.selectFirst("#grade option[selected]").attr("value")).isEqualTo("42");
        assertThat(page.select("#months option").eachAttr("value")).contains("10", "12");
        assertThat(page.select("#overtime option").eachText()).containsExactly("Any", "Yes", "No", "Not stated");
        assertThat(page.selectFirst("#q").val()).isEqualTo("quillwright");
    }

    @Test
    void draftsAndRetiredDescriptionsAreNeverFound() {
        fixtures.save("7704", "Quillwright Draft", DescriptionStatus.DRAFT);
        fixtures.save("7705", "Quillwright Retired", DescriptionStatus.RETIRED);
        quillwrights();

        assertThat(resultTitles(search("q", "quillwright")))
                .containsExactly("Quillwright Supervisor", "Shop Assistant");
        assertThat(resultTitles(search("q", "draft"))).doesNotContain("Quillwright Draft");
    }

    @Test
    void matchedWordsAreMarkedAndTheContentIsNeverMarkup() throws Exception {
        fixtures.publish(content("7706", "Zanzibar <script>alert(1)</script> Clerk",
                "Keeps the <b>zanzibar</b> ledger. <script>alert('x')</script> <img src=x onerror=alert(2)> "
                        + "\u0002bold\u0003 text.", "15", 10, false, null, List.of("Files the ledgers.")));

        MvcTestResult result = mvc.get().uri("/search").param("q", "zanzibar").exchange();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = HtmlPages.parse(result);

        assertThat(html).doesNotContain("<script>alert", "<b>zanzibar", "<img src=x", "<mark>bold</mark>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Element found = page.selectFirst("ol.results li");
        assertThat(found.select("h3 mark").eachText()).containsExactly("Zanzibar");
        assertThat(found.select(".snippet mark").eachText()).contains("zanzibar");
        assertThat(found.selectFirst(".snippet").text()).contains("zanzibar ledger", "alert('x')", "bold text");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void anEmptyResultSuggestsCloseTitlesAndTheIndexes() {
        quillwrights();

        Document page = search("q", "quibble");

        assertThat(page.selectFirst("#results-heading").text()).isEqualTo("No published class description matches.");
        assertThat(page.select(".suggestions li a").eachText()).contains("Quillwright Supervisor");
        assertThat(page.select(".suggestions a").eachAttr("href")).contains("/classes/codes", "/classes/grades");
    }

    @Test
    void manyResultsArePaged() {
        Document page = search("q", "coordinator");

        assertThat(page.select(".pager")).as("two results fit one page").isEmpty();
        assertThat(mvc.get().uri("/search?q=coordinator&page=abc")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void everyPublicPageHasALabelledSearchBox() {
        Document page = HtmlPages.get(mvc, "/classes/0435/coordinator-innovative-and-progressive-systemwide-training");

        Element form = page.selectFirst("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.selectFirst("label[for=site-search-q]").text()).isEqualTo("Search class descriptions");
        assertThat(form.selectFirst("input#site-search-q").attr("name")).isEqualTo("q");
        assertThat(page.select("input[name=_csrf]")).as("nothing per user on a public page").isEmpty();
    }

    @Test
    void badFilterValuesAreRefusedWithoutAnError() {
        assertThat(mvc.get().uri("/search?q=x&overtime=maybe")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/search?q=x&months=twelve")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/search").param("q", "a".repeat(5000))).hasStatusOk();
        assertThat(mvc.get().uri("/search").param("q", "\"\"\" - or !:*&| <-> ' \\ %")).hasStatusOk();
    }
}
