package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every description is due for review every few years: the dashboard says which, and admins record many at once. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "review-admin", roles = "ADMIN")
class ReviewCycleTest {

    @Autowired
    MockMvcTester mvc;

    /** The application's clock: "today" is the office's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClassDatesService dates;

    long overdue;
    long dueSoon;
    long recent;
    long never;

    @BeforeEach
    void describe() {
        LocalDate today = LocalDate.now(clock);
        overdue = reviewed("Review Overdue Clerk", today.minusYears(4));
        dueSoon = reviewed("Review Due Clerk", today.minusMonths(36).plusDays(30));
        recent = reviewed("Review Recent Clerk", today.minusYears(1));
        never = reviewed("Review Never Clerk", null);
    }

    @AfterEach
    void removeAdded() {
        jdbc.update("update plan_settings set review_interval_months = 36");
        fixtures.deleteEverythingUnder("6671");
    }

    @Test
    void theDashboardCountsAndListsWhatIsOverdueDueSoonOrNeverReviewed() {
        Document all = HtmlPages.get(mvc, "/editor");

        assertThat(all.selectFirst(".review-due").text()).startsWith("Each description is due for review every 36 months:");
        assertThat(titles("/editor?review=OVERDUE")).contains("Review Overdue Clerk")
                .doesNotContain("Review Due Clerk", "Review Recent Clerk", "Review Never Clerk");
        assertThat(titles("/editor?review=DUE_SOON")).contains("Review Due Clerk")
                .doesNotContain("Review Overdue Clerk", "Review Recent Clerk", "Review Never Clerk");
        assertThat(titles("/editor?review=NEVER")).contains("Review Never Clerk")
                .doesNotContain("Review Overdue Clerk", "Review Due Clerk", "Review Recent Clerk");
        int overdueCount = jdbc.queryForObject("select count(*) from class_description where status <> 'RETIRED'"
                + " and last_reviewed < ?", Integer.class, LocalDate.now(clock).minusMonths(36));
        assertThat(all.selectFirst(".review-due a[href='/editor?review=OVERDUE']").text()).isEqualTo(overdueCount + " overdue");
        assertThat(mvc.get().uri("/editor?review=SOMETIME")).hasStatus(400);
    }

    @Test
    void anAdminRecordsManyAsReviewedTodayInOneAction() {
        int revisionsBefore = revisions(overdue);

        MvcTestResult result = mvc.post().uri("/admin/descriptions/reviewed").with(csrf())
                .param("ids", String.valueOf(overdue), String.valueOf(never)).exchange();

        assertThat(result).hasStatus(302).flash().containsEntry("success", "2 descriptions are recorded as reviewed today.");
        assertThat(lastReviewed(overdue)).isEqualTo(LocalDate.now(clock));
        assertThat(lastReviewed(never)).isEqualTo(LocalDate.now(clock));
        assertThat(revisions(overdue)).as("the public page shows the new date").isEqualTo(revisionsBefore + 1);
        assertThat(titles("/editor?review=OVERDUE")).doesNotContain("Review Overdue Clerk");
    }

    @Test
    void theIntervalIsAnAdminsToSetAndDecidesWhatIsDue() {
        assertThat(mvc.post().uri("/admin/settings").with(csrf()).param("reviewInterval", "60")).hasStatus(302);
        Document refused = HtmlPages.parse(mvc.post().uri("/admin/settings").with(csrf()).param("reviewInterval", "0").exchange());

        assertThat(refused.selectFirst("#reviewInterval-error").text()).isEqualTo("Give a whole number of months from 1 to 120.");
        assertThat(titles("/editor?review=OVERDUE")).doesNotContain("Review Overdue Clerk");
        assertThat(HtmlPages.get(mvc, "/editor").selectFirst(".review-due").text()).startsWith("Each description is due for review every 60 months:");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REVIEW_INTERVAL_CHANGED'", Integer.class)).isPositive();
        assertThat(mvc.get().uri("/admin/settings").with(user("clerk").roles("EDITOR"))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/descriptions/reviewed").with(user("clerk").roles("EDITOR")).with(csrf())
                .param("ids", String.valueOf(overdue))).hasStatus(403);
    }

    @Test
    void severalDateChangesInARowAreOneEntryOfThePublicHistory() {
        LocalDate today = LocalDate.now(clock);
        for (int i = 6; i > 0; i--) {
            dates.setLastReviewed(recent, today.minusDays(i), "review-admin");
        }
        dates.addRevisionDate(recent, today.minusDays(1), "review-admin");

        Document publicHistory = HtmlPages.get(mvc, "/classes/6671/review-recent-clerk/history");
        Document staffHistory = HtmlPages.get(mvc, "/editor/descriptions/" + recent + "/history");

        assertThat(publicHistory.select("tr.revision")).hasSize(2);
        assertThat(publicHistory.select("tr.revision").get(0).text()).contains("Date(s) Revised", "Last Reviewed");
        assertThat(staffHistory.select("tr.revision")).hasSize(8);
    }

    private long reviewed(String title, LocalDate lastReviewed) {
        long id = fixtures.publish(CatalogFixtures.content("6671", title, "Keeps reviewed records."));
        jdbc.update("update class_description set last_reviewed = ? where id = ?", lastReviewed, id);
        return id;
    }

    private List<String> titles(String path) {
        return HtmlPages.get(mvc, path).select("table.dashboard tbody td:nth-child(2) a").eachText();
    }

    private LocalDate lastReviewed(long id) {
        return jdbc.queryForObject("select last_reviewed from class_description where id = ?", LocalDate.class, id);
    }

    private int revisions(long id) {
        return jdbc.queryForObject("select count(*) from description_revision where description_id = ?", Integer.class, id);
    }
}
