package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobclass.system.StartUpTraining.Visit;
import org.jobclass.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The training run of a start-up cache asks the running application for its first pages, and fails if one fails. */
@ServerTest
class StartUpTrainingTest {

    @Autowired
    StartUpTraining training;

    @Test
    void servesHealthTheListingAClassPageItsPdfASearchAndTheSignInPage() {
        List<Visit> visits = training.serveTypicalRequests();

        assertThat(visits).extracting(Visit::path).contains("/actuator/health", "/classes", "/", "/search?q=coordinator", "/login");
        assertThat(visits).extracting(Visit::path).anyMatch(path -> path.matches("/classes/[0-9]+/[a-z0-9-]+"))
                .anyMatch(path -> path.matches("/classes/[0-9]+/[a-z0-9-]+\\.pdf"));
        assertThat(visits).allSatisfy(visit -> assertThat(visit.status()).as(visit.path()).isBetween(200, 399));
        assertThat(visits).filteredOn(visit -> visit.path().startsWith("/classes/")).extracting(Visit::status).containsOnly(200);
        assertThat(StartUpTraining.exitStatus(visits)).isZero();
    }

    @Test
    void aRunWithAPageThatFailedOrWasNotAnsweredExitsWithAFailure() {
        assertThat(StartUpTraining.exitStatus(List.of(new Visit("/", 200), new Visit("/classes", 302)))).isZero();
        assertThat(StartUpTraining.exitStatus(List.of(new Visit("/", 200), new Visit("/classes", 500)))).isOne();
        assertThat(StartUpTraining.exitStatus(List.of(new Visit("/", 0)))).isOne();
    }
}
