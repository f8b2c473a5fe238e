package org.jobclass.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Editors group classes into series; the public browses them, and each class page lists its relations. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "series-editor", roles = "EDITOR")
class SeriesTest {

    private static final String SEED = "/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeAdded() {
        jdbc.update("delete from class_series");
        fixtures.deleteEverythingUnder("6681", "6682");
    }

    @Test
    void aSeriesGroupsClassesForThePublicAndEachClassPageListsItsRelations() {
        fixtures.publish(CatalogFixtures.content("6681", "Supervisor, Organizational Development", "Supervises development."));
        fixtures.publish(CatalogFixtures.content("6682", "Coordinator, Organizational Learning", "Coordinates learning."));

        assertThat(mvc.post().uri("/editor/series").with(csrf()).param("name", "Organizational development")
                .param("codes", "0435, 6681")).hasStatus(302).hasRedirectedUrl("/editor/series");

        Document all = HtmlPages.get(mvc, "/series");
        Document series = HtmlPages.get(mvc, "/series/organizational-development");
        Document classPage = HtmlPages.get(mvc, SEED);
        assertThat(all.select(".series-list a").eachText()).containsExactly("Organizational development");
        assertThat(series.select("tbody td:first-child").eachText()).containsExactly("0435", "6681");
        assertThat(series.select("tbody a[href^=/classes/0435/]")).hasSize(2);
        var related = classPage.selectFirst(".related");
        assertThat(related.select("h3").eachText()).contains("Other working titles of code 0435",
                "Other classes of the series Organizational development", "Similar classes");
        assertThat(related.select("a[href=/classes/6681]").text()).isEqualTo("6681 Official 6681");
        assertThat(related.select("a[href=/classes/0435/coordinator-innovative-and-progressive-systemwide-training]")).hasSize(1);
        assertThat(related.select("a[href=/classes/6682/coordinator-organizational-learning]")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SERIES_SAVED'", Integer.class)).isPositive();
    }

    @Test
    void aSeriesWithAnUnknownCodeOrATakenNameIsRefusedWholeAndSaysWhy() {
        mvc.post().uri("/editor/series").with(csrf()).param("name", "Coordinators").param("codes", "0435").exchange();

        Document refused = HtmlPages.parse(mvc.post().uri("/editor/series").with(csrf()).param("name", "coordinators")
                .param("codes", "0435\n9999").exchange());

        assertThat(refused.select(".alert.failure li").eachText()).containsExactly(
                "Give the series a name of at most 200 characters, not already used.",
                "There is no official class with code 9999.");
        assertThat(jdbc.queryForObject("select count(*) from class_series", Integer.class)).isOne();
    }

    @Test
    void aDeletedSeriesLeavesItsClassesInNone() {
        mvc.post().uri("/editor/series").with(csrf()).param("name", "Coordinators").param("codes", "0435").exchange();
        long id = jdbc.queryForObject("select id from class_series", Long.class);

        mvc.post().uri("/editor/series/" + id + "/delete").with(csrf()).exchange();

        assertThat(mvc.get().uri("/series/coordinators")).hasStatus(404);
        assertThat(HtmlPages.get(mvc, SEED).select(".related h3").eachText()).noneMatch(text -> text.contains("series"));
        assertThat(jdbc.queryForObject("select count(*) from job_class where series_id is not null", Integer.class)).isZero();
    }
}
