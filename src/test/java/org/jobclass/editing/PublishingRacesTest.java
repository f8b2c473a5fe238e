package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff changing the catalog at the same moment, on real threads, every request committing: every change is kept
 * or answered with the conflict message, none ends in an error.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
class PublishingRacesTest {

    /** Rounds of each race: every one must keep both changes (or show the conflict) and answer no server error. */
    private static final int ROUNDS = 50;

    private static final String CODE = "0073";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ClassDescriptionRepository descriptions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    @Test
    void fourAdminsAddingRevisionDatesAtOnceAreAllKept() throws Exception {
        long id = fixtures.publish(CatalogFixtures.content(CODE, "Kiln Operator", "Fires the kilns."));
        ExecutorService admins = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int admin = 0; admin < 4; admin++) {
                    LocalDate date = LocalDate.of(1960 + round, admin + 1, 1);
                    String name = "admin" + admin;
                    answers.add(admins.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return mvc.post().uri("/admin/descriptions/" + id + "/dates/revised").with(csrf())
                                .with(user(name).roles("ADMIN", "EDITOR")).param("revisedOn", date.toString())
                                .exchange().getResponse().getStatus();
                    }));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(30, TimeUnit.SECONDS)).as("round %d", round).isEqualTo(302);
                }
            }
        } finally {
            admins.shutdownNow();
        }

        List<LocalDate> kept = transactions.execute(status ->
                List.copyOf(descriptions.findComplete(id).orElseThrow().getRevisionDates()));
        assertThat(kept).hasSize(4 * ROUNDS);
        assertThat(jdbc.queryForObject("select count(distinct number) = count(*) from description_revision"
                + " where description_id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void tenEditorsCreatingDescriptionsUnderOneNewCodeAtOnceAreAllKept() throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(10);
        try {
            CyclicBarrier together = new CyclicBarrier(10);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int editor = 0; editor < 10; editor++) {
                String workingTitle = "Kiln Operator " + (char) ('A' + editor);
                String name = "editor" + editor;
                answers.add(editors.submit(() -> {
                    var request = mvc.post().uri("/editor/descriptions").with(csrf()).with(user(name).roles("EDITOR"));
                    DescriptionFormRequests.valid(CODE, workingTitle).fields().forEach(request::param);
                    together.await(10, TimeUnit.SECONDS);
                    return request.exchange().getResponse().getStatus();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(302);
            }
        } finally {
            editors.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ?", Integer.class, CODE)).isEqualTo(10);
    }

    @Test
    void anAdminChangingDatesWhileAnEditorSavesKeepsBothAndNeitherGetsAnError() throws Exception {
        long id = fixtures.publish(CatalogFixtures.content(CODE, "Kiln Operator", "Fires the kilns."));
        ExecutorService staff = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long seen = jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
                LocalDate revised = LocalDate.of(1960 + round, 1, 1);
                String summary = "Fires the kilns, round " + round + ".";
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> admin = staff.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return mvc.post().uri("/admin/descriptions/" + id + "/dates/revised").with(csrf())
                            .with(user("ada").roles("ADMIN", "EDITOR")).param("revisedOn", revised.toString())
                            .exchange().getResponse().getStatus();
                });
                Future<Integer> editor = staff.submit(() -> {
                    var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf()).with(user("ed").roles("EDITOR"));
                    DescriptionFormRequests.valid(CODE, "Kiln Operator").set("summary", summary).fields().forEach(request::param);
                    request.param("version", String.valueOf(seen)).param("action", "publish");
                    together.await(10, TimeUnit.SECONDS);
                    return request.exchange().getResponse().getStatus();
                });

                assertThat(admin.get(30, TimeUnit.SECONDS)).as("round %d: the date change", round).isEqualTo(302);
                int editorsAnswer = editor.get(30, TimeUnit.SECONDS);
                assertThat(editorsAnswer).as("round %d: saved, or the conflict screen", round).isIn(302, 200);
                List<LocalDate> dates = transactions.execute(status ->
                        List.copyOf(descriptions.findComplete(id).orElseThrow().getRevisionDates()));
                assertThat(dates).as("round %d", round).contains(revised);
                if (editorsAnswer == 302) {
                    assertThat(jdbc.queryForObject("select summary from published_description where description_id = ?",
                            String.class, id)).as("round %d", round).isEqualTo(summary);
                }
            }
        } finally {
            staff.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(distinct number) = count(*) from description_revision"
                + " where description_id = ?", Boolean.class, id)).isTrue();
    }
}
