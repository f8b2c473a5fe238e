package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditEventRepository;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The official title belongs to the code: it is changed on its own page, audited once, and published for every
 * working title at once; a description's form never writes an old title back. Every request commits.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
class OfficialTitleTest {

    /** Rounds of each race: every one must keep both changes (or show the conflict) and answer no server error. */
    private static final int ROUNDS = 50;

    private static final String CODE = "0075";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEventRepository auditEvents;

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    private long createAndPublish(String workingTitle) {
        var request = mvc.post().uri("/editor/descriptions").with(csrf()).with(user("ann").roles("EDITOR"));
        DescriptionFormRequests.valid(CODE, workingTitle).set("officialTitle", "Coordinator").fields().forEach(request::param);
        request.param("action", "publish");
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("^/editor/descriptions/(\\d+)/preview$", "$1"));
    }

    private MvcTestResult save(long id, long version, String officialTitle, String summary) {
        var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf()).with(user("ben").roles("EDITOR"));
        DescriptionFormRequests.valid(CODE, workingTitleOf(id)).set("officialTitle", officialTitle).set("summary", summary)
                .fields().forEach(request::param);
        return request.param("version", String.valueOf(version)).exchange();
    }

    private MvcTestResult rename(String title) {
        long version = jdbc.queryForObject("select version from job_class where code = ?", Long.class, CODE);
        return mvc.post().uri("/editor/classes/" + CODE).with(csrf()).with(user("ann").roles("EDITOR"))
                .param("officialTitle", title).param("version", String.valueOf(version)).exchange();
    }

    private String workingTitleOf(long id) {
        return jdbc.queryForObject("select working_title from class_description where id = ?", String.class, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
    }

    private List<String> publishedOfficialTitles() {
        return jdbc.queryForList("select distinct official_title from published_description where code = ?", String.class, CODE);
    }

    @Test
    void renamingTheOfficialClassPublishesTheTitleForEveryWorkingTitleAtOnceAndIsAudited() {
        createAndPublish("Coordinator, Training");
        createAndPublish("Coordinator, Wellness");

        Document page = HtmlPages.parse(mvc.get().uri("/editor/classes/" + CODE).with(user("ann").roles("EDITOR")).exchange());
        assertThat(page.selectFirst("#officialTitle").val()).isEqualTo("Coordinator");
        assertThat(page.select("main li").eachText()).containsExactly("Coordinator, Training", "Coordinator, Wellness");

        assertThat(rename("Coordinator II")).hasStatus(302);

        assertThat(publishedOfficialTitles()).containsExactly("Coordinator II");
        assertThat(HtmlPages.get(mvc, "/classes/" + CODE).text()).contains("Coordinator II");
        assertThat(HtmlPages.get(mvc, "/classes/" + CODE + "/coordinator-training").text()).contains("Coordinator II");
        assertThat(jdbc.queryForObject("select count(*) from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ? and d.unpublished_changes", Integer.class, CODE)).isZero();
        assertThat(auditEvents.findByActionOrderByIdDesc(AuditAction.OFFICIAL_TITLE_CHANGED).get(0).getSubjectLabel())
                .isEqualTo(CODE);
    }

    @Test
    void aSiblingsFormOpenedBeforeTheRenameNeverWritesTheOldTitleBack() {
        createAndPublish("Coordinator, Training");
        long wellness = createAndPublish("Coordinator, Wellness");
        long opened = version(wellness);
        assertThat(rename("Coordinator II")).hasStatus(302);

        MvcTestResult stale = save(wellness, version(wellness), "Coordinator", "Plans wellness programs.");

        assertThat(stale).hasStatus(302);
        assertThat(opened).isLessThan(version(wellness));
        assertThat(jdbc.queryForObject("select official_title from job_class where code = ?", String.class, CODE))
                .isEqualTo("Coordinator II");
        assertThat(publishedOfficialTitles()).containsExactly("Coordinator II");
    }

    @Test
    void changingTheOfficialTitleInADescriptionsFormIsRefusedBesideTheField() {
        long training = createAndPublish("Coordinator, Training");

        Document form = HtmlPages.parse(save(training, version(training), "Coordinator III", "Plans training."));

        assertThat(form.selectFirst("#officialTitle-error").text()).contains("belongs to code 0075", "Coordinator");
        assertThat(jdbc.queryForObject("select summary from class_description where id = ?", String.class, training))
                .isNotEqualTo("Plans training.");
    }

    @Test
    void aRenameBasedOnAnOlderTitleIsRefused() {
        createAndPublish("Coordinator, Training");
        long seen = jdbc.queryForObject("select version from job_class where code = ?", Long.class, CODE);
        assertThat(rename("Coordinator II")).hasStatus(302);

        var stale = mvc.post().uri("/editor/classes/" + CODE).with(csrf()).with(user("ben").roles("EDITOR"))
                .param("officialTitle", "Coordinator, Senior").param("version", String.valueOf(seen)).exchange();

        assertThat(stale).hasStatus(302);
        assertThat(stale).flash().containsKey("failure");
        assertThat(publishedOfficialTitles()).containsExactly("Coordinator II");
    }

    @Test
    void renamesAndSiblingSavesAtOnceNeverLeaveThePublicPagesDisagreeingNorFail() throws Exception {
        createAndPublish("Coordinator, Training");
        long wellness = createAndPublish("Coordinator, Wellness");
        ExecutorService staff = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String title = "Coordinator " + round;
                String summary = "Plans wellness programs, round " + round + ".";
                long seen = version(wellness);
                String shownTitle = jdbc.queryForObject("select official_title from job_class where code = ?", String.class, CODE);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> renamer = staff.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return rename(title).getResponse().getStatus();
                });
                Future<Integer> editor = staff.submit(() -> {
                    var request = mvc.post().uri("/editor/descriptions/" + wellness).with(csrf()).with(user("ben").roles("EDITOR"));
                    DescriptionFormRequests.valid(CODE, "Coordinator, Wellness").set("officialTitle", shownTitle)
                            .set("summary", summary).fields().forEach(request::param);
                    request.param("version", String.valueOf(seen)).param("action", "publish");
                    together.await(10, TimeUnit.SECONDS);
                    return request.exchange().getResponse().getStatus();
                });

                assertThat(renamer.get(30, TimeUnit.SECONDS)).as("round %d: the rename", round).isEqualTo(302);
                assertThat(editor.get(30, TimeUnit.SECONDS)).as("round %d: saved, or the conflict screen", round).isIn(302, 200);
                assertThat(publishedOfficialTitles()).as("round %d", round).containsExactly(title);
            }
        } finally {
            staff.shutdownNow();
        }
    }
}
