package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jobclass.catalog.CatalogService;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Each published description downloads as text in the original layout, and that text imports back to the same fields. */
@ApplicationTest
class TextExportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogService catalog;

    @ParameterizedTest
    @ValueSource(strings = {"coordinator-innovative-and-progressive-systemwide-training",
            "coordinator-organizational-development-office-of-school-support-and-well-being"})
    void thePublishedTextReadsBackIntoTheSameFields(String slug) throws Exception {
        MvcTestResult result = mvc.get().uri("/classes/0435/" + slug + ".txt").exchange();

        assertThat(result).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"0435-" + slug + ".txt\"");
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        LegacyPage reread = new LegacyPageParser().parse(text);
        assertThat(reread.toContent()).isEqualTo(catalog.publishedDescription("0435", slug).orElseThrow());
        assertThat(reread.unplaced()).isEmpty();
    }

    @Test
    void theTextOfTheSeedReadsAsTheOriginalPage() throws Exception {
        String text = mvc.get().uri("/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being.txt")
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String original = LegacyPageParserTest.resource("/seeds/coordinator-organizational-development.txt");

        for (String line : new String[] {"OFFICIAL TITLE: Coordinator CODE: 0435 SQ/OQ: Not Applicable",
                "PHYSICAL DEMANDS: (Special requirements such as lifting heavy objects and frequent climbing.) None",
                "Class Established: 4/2022", "This description may be changed at any time."}) {
            assertThat(original).contains(line);
            assertThat(text).contains(line);
        }
    }

    @Test
    void unknownOrUnpublishedDescriptionsHaveNoText() {
        assertThat(mvc.get().uri("/classes/0435/no-such-title.txt")).hasStatus(404);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsDownloadTheWorkingCopy() throws Exception {
        String text = mvc.get().uri("/editor/descriptions/1/text").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(new LegacyPageParser().parse(text).workingTitle())
                .isEqualTo("Coordinator, Innovative and Progressive Systemwide Training");
    }
}
