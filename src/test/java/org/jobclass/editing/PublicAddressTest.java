package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.HtmlPages;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A public address, once a description has been published at it, belongs to that description: a new description
 * with the same working title gets an address of its own. The database refuses two published descriptions at one
 * address too, and two editors publishing at once get two addresses or a message. Every request commits, as in
 * production.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
class PublicAddressTest {

    private static final String CODE = "0072";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    private long createAndPublish(String workingTitle) {
        var request = mvc.post().uri("/editor/descriptions").with(csrf()).with(user("ann").roles("EDITOR"));
        DescriptionFormRequests.valid(CODE, workingTitle).fields().forEach(request::param);
        request.param("action", "publish");
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl()
                .replaceAll("^/editor/descriptions/(\\d+)/preview$", "$1"));
    }

    private void renameWithoutPublishing(long id, String workingTitle) {
        var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf()).with(user("ann").roles("EDITOR"));
        DescriptionFormRequests.valid(CODE, workingTitle).fields().forEach(request::param);
        request.param("version", String.valueOf(version(id)));
        assertThat(request.exchange()).hasStatus(302);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
    }

    private String publishedSlug(long id) {
        return jdbc.queryForObject("select slug from published_description where description_id = ?", String.class, id);
    }

    @Test
    void aNewDescriptionNeverTakesTheAddressAnotherIsPublishedAt() {
        long first = createAndPublish("Alpha Coordinator");
        renameWithoutPublishing(first, "Beta Coordinator");

        long second = createAndPublish("Alpha Coordinator");

        assertThat(publishedSlug(first)).isEqualTo("alpha-coordinator");
        assertThat(publishedSlug(second)).isEqualTo("alpha-coordinator-2");
        for (String page : new String[] {"/classes/" + CODE + "/alpha-coordinator", "/classes/" + CODE + "/alpha-coordinator.txt",
                "/classes/" + CODE + "/alpha-coordinator.pdf", "/classes/" + CODE + "/alpha-coordinator/history",
                "/classes/" + CODE + "/alpha-coordinator-2", "/classes/" + CODE}) {
            assertThat(mvc.get().uri(page)).as(page).hasStatusOk();
        }
    }

    @Test
    void anAddressOnceUsedStaysWithItsDescriptionAfterItMovesOn() {
        long first = createAndPublish("Alpha Coordinator");
        renameWithoutPublishing(first, "Beta Coordinator");
        var publishRename = mvc.post().uri("/editor/descriptions/" + first + "/publish").with(csrf()).param("overrideReason", "Checked by the test")
                .with(user("ann").roles("EDITOR")).param("version", String.valueOf(version(first)));
        assertThat(publishRename).hasStatus(302);

        long second = createAndPublish("Alpha Coordinator");

        assertThat(publishedSlug(second)).as("the old address still leads to Beta Coordinator").isEqualTo("alpha-coordinator-2");
        assertThat(mvc.get().uri("/classes/" + CODE + "/alpha-coordinator")).hasStatus(301)
                .hasRedirectedUrl("/classes/" + CODE + "/beta-coordinator");
    }

    @Test
    void twoEditorsPublishingTitlesOfOneAddressAtOnceGetTwoAddressesOrAMessageNeverAnError() throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<MvcTestResult>> answers = new ArrayList<>();
                for (String title : List.of("Alpha Coordinator " + round, "Alpha-Coordinator " + round)) {
                    answers.add(editors.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        var request = mvc.post().uri("/editor/descriptions").with(csrf()).with(user("ann").roles("EDITOR"));
                        DescriptionFormRequests.valid(CODE, title).fields().forEach(request::param);
                        return request.param("action", "publish").exchange();
                    }));
                }
                int published = 0;
                for (Future<MvcTestResult> answer : answers) {
                    MvcTestResult result = answer.get(30, TimeUnit.SECONDS);
                    int status = result.getResponse().getStatus();
                    assertThat(status).as("round %d: published, or the form with a message", round).isIn(302, 200);
                    if (status == 302) {
                        published++;
                    } else {
                        assertThat(HtmlPages.parse(result).select(".has-error .error").eachText()).as("round %d", round)
                                .isNotEmpty();
                    }
                }
                assertThat(jdbc.queryForObject("select count(*) from published_description where code = ? and slug like ?", Integer.class, CODE, "alpha-coordinator-" + round + "%"))
                        .as("round %d: each published description has its own address", round).isEqualTo(published);
            }
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesTwoPublishedDescriptionsAtOneAddress() {
        long first = createAndPublish("Alpha Coordinator");
        long second = createAndPublish("Gamma Coordinator");

        assertThatThrownBy(() -> jdbc.update("update published_description set slug = 'alpha-coordinator' where description_id = ?", second))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_published_description_address");
        assertThat(publishedSlug(first)).isEqualTo("alpha-coordinator");
    }
}
