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

/** Admins changing one description's dates at the same moment: every change is kept, none ends in an error. */
@ApplicationTest
@Import(CatalogFixtures.class)
class ConcurrentDateChangesTest {

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
            for (int round = 0; round < 10; round++) {
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int admin = 0; admin < 4; admin++) {
                    LocalDate date = LocalDate.of(2000 + round, admin + 1, 1);
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
        assertThat(kept).hasSize(40);
        assertThat(jdbc.queryForObject("select count(distinct number) = count(*) from description_revision"
                + " where description_id = ?", Boolean.class, id)).isTrue();
    }
}
