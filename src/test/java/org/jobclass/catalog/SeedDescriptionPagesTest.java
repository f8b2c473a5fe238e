package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The two seeded class descriptions are published exactly as the original pages show them. */
@ApplicationTest
class SeedDescriptionPagesTest {

    @Autowired
    MockMvcTester mvc;

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("coordinator-innovative-progressive-systemwide-training.txt",
                        "/classes/0435/coordinator-innovative-and-progressive-systemwide-training"),
                Arguments.of("coordinator-organizational-development.txt",
                        "/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyFieldOfTheSeedIsRenderedWordForWord(String seedFile, String path) {
        SeedPage seed = SeedPage.read(seedFile);
        Document page = render(path);

        assertThat(seed.fields()).hasSize(19);
        seed.fields().forEach((field, expected) ->
                assertThat(field(page, field)).as("field %s", field).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void dutiesAreRenderedAsSeparateItemsInTheirOrder(String seedFile, String path) {
        SeedPage seed = SeedPage.read(seedFile);
        Document page = render(path);

        assertThat(page.select("[data-field=duties] > li").eachText()).containsExactlyElementsOf(seed.duties());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void pageFrameMatchesTheSeed(String seedFile, String path) {
        SeedPage seed = SeedPage.read(seedFile);
        Document page = render(path);

        assertThat(page.selectFirst(".site-title").text()).isEqualTo(seed.siteTitle());
        assertThat(page.select(".breadcrumb li").eachText()).containsExactlyElementsOf(seed.breadcrumb());
        assertThat(page.selectFirst(".sorted-by").text()).isEqualTo(seed.sortedBy());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void qualificationPartsCarryTheSeedLabels(String seedFile, String path) {
        Document page = render(path);

        assertThat(page.select(".qualifications dt").eachText()).containsExactly(
                "KNOWLEDGE, SKILLS, AND ABILITIES:",
                "EDUCATION, TRAINING, AND EXPERIENCE:",
                "CERTIFICATE AND LICENSE REQUIREMENTS:",
                "PHYSICAL DEMANDS: (Special requirements such as lifting heavy objects and frequent climbing.)",
                "SPECIAL REQUIREMENTS: (Frequent overtime or night work required, etc.)",
                "OVERTIME ELIGIBLE:");
        assertThat(page.selectFirst(".qualifications h2").text()).isEqualTo("MINIMUM QUALIFICATION STANDARDS");
        assertThat(page.selectFirst(".duties h2").text()).isEqualTo("EXAMPLES OF DUTIES AND RESPONSIBILITIES:");
    }

    @Test
    void theSecondSeedsInlineNumberedDutiesAreEightRecordsWithoutTheirNumbers() {
        Document page = render("/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being");

        assertThat(page.select("[data-field=duties] > li").eachText())
                .hasSize(8)
                .first().isEqualTo("Works collaboratively with OTLS senior leadership to design, implement, and monitor"
                        + " the effectiveness of OTLS central service professional learning activities.");
        assertThat(page.select("[data-field=duties] > li").eachText()).noneMatch(duty -> duty.matches("^\\d+\\..*"));
    }

    private Document render(String path) {
        return HtmlPages.get(mvc, path);
    }

    private static String field(Document page, String name) {
        Element element = page.selectFirst("[data-field=" + name + "]");
        assertThat(element).as("element for field %s", name).isNotNull();
        return element.text();
    }
}
