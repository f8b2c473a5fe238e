package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Only published descriptions have a public page; every other address is not found. */
@ApplicationTest
@Import(CatalogFixtures.class)
class ClassPageAvailabilityTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    /** Every request commits, as in production; what the tests made is removed after each. */
    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder("5001", "5002", "5003");
    }

    @Test
    void aPublishedDescriptionHasAPageAtItsCodeAndSlug() {
        fixtures.published("5001", "Grounds Keeper");

        Document page = HtmlPages.get(mvc, "/classes/5001/grounds-keeper");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Grounds Keeper");
        assertThat(page.selectFirst("[data-field=code]").text()).isEqualTo("5001");
    }

    @Test
    void aDraftHasNoPublicPage() {
        fixtures.save("5002", "Grounds Keeper Draft", DescriptionStatus.DRAFT);

        assertNotFound("/classes/5002/grounds-keeper-draft");
    }

    @Test
    void aRetiredDescriptionIsGoneFromThePublicSite() {
        fixtures.save("5003", "Grounds Keeper Retired", DescriptionStatus.RETIRED);

        assertThat(mvc.get().uri("/classes/5003/grounds-keeper-retired").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.GONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/classes/0435/no-such-title",
            "/classes/9999/coordinator-innovative-and-progressive-systemwide-training",
            "/classes/0436/coordinator-innovative-and-progressive-systemwide-training",
            "/no/such/page",
            "/classes/9999"})
    void unknownAddressesAreNotFound(String path) {
        assertNotFound(path);
    }

    @Test
    void theCodeKeepsItsLeadingZero() {
        assertNotFound("/classes/435/coordinator-innovative-and-progressive-systemwide-training");
    }

    private void assertNotFound(String path) {
        assertThat(mvc.get().uri(path).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND);
    }
}
