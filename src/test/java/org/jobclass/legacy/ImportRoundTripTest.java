package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each fixture imported through the application, as an admin does (dates included), then downloaded as text: the text
 * reads back into the very fields the page stated, and nothing the page did not state.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "round-trip", roles = {"EDITOR", "ADMIN"})
class ImportRoundTripTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private final LegacyPageParser parser = new LegacyPageParser();

    @AfterEach
    void removeImported() {
        fixtures.deleteEverythingUnder("0007", "2231", "2236", "5410", "5416", "6125", "7701");
    }

    static List<String> importableFixtures() {
        return List.of("/legacy/teacher-special-education.txt", "/legacy/bus-operator.txt", "/legacy/placeholder-summary.txt",
                "/legacy/newer-variant.txt", "/legacy/unplaced-text.txt", "/legacy/repeated-labels.txt",
                "/legacy/mixed-case-labels.txt");
    }

    @ParameterizedTest
    @MethodSource("importableFixtures")
    void importedThenDownloadedTheTextReadsBackIntoTheSameFields(String fixture) throws Exception {
        DescriptionContent stated = parser.parse(LegacyPageParserTest.resource(fixture)).toContent();
        ImportRequests.reviewAndConfirm(mvc, List.of("page.txt"), List.of(LegacyPageParserTest.resource(fixture)));
        long id = jdbc.queryForObject("select d.id from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ? and lower(d.working_title) = lower(?)", Long.class, stated.code(), stated.workingTitle());

        String text = mvc.get().uri("/editor/descriptions/" + id + "/text").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        LegacyPage downloaded = parser.parse(text);

        assertThat(downloaded.toContent()).isEqualTo(stated);
        assertThat(downloaded.unplaced()).isEmpty();
        assertThat(downloaded.cutOff()).isNull();
    }
}
