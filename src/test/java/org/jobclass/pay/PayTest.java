package org.jobclass.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins load salary schedules from CSV; applicants see what each class's grade pays. Every change commits. */
@ApplicationTest
@Import(CatalogFixtures.class)
class PayTest {

    private static final String SEED = "/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being";

    @Autowired
    MockMvcTester mvc;

    /** The application's clock: "today" is the office's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeSchedules() {
        jdbc.update("delete from salary_schedule");
        fixtures.deleteEverythingUnder("6661");
    }

    @Test
    void anAdminLoadsAScheduleFromCsvAndEveryClassPageShowsItsGradesPay() throws Exception {
        MvcTestResult loaded = load("Administrative and supervisory, FY2027", LocalDate.now(clock).minusDays(1),
                "grade,minimum,maximum\nN,\"$98,000\",\"$151,500.50\"\n15,52000,81000\n");

        assertThat(loaded).hasStatus(302).hasRedirectedUrl("/admin/pay");
        long id = jdbc.queryForObject("select id from salary_schedule", Long.class);
        Document classPage = HtmlPages.get(mvc, SEED);
        assertThat(classPage.selectFirst("[data-field=pay]").text())
                .isEqualTo("Grade N: $98,000 – $151,500.50 a year, Administrative and supervisory, FY2027 schedule");
        assertThat(classPage.selectFirst("[data-field=pay] a").attr("href")).isEqualTo("/pay/" + id);
        Document schedule = HtmlPages.get(mvc, "/pay/" + id);
        assertThat(schedule.select("table.pay-schedule tbody tr").eachText()).containsExactly("15 $52,000 $81,000",
                "N $98,000 $151,500.50");
        String csv = mvc.get().uri("/pay/" + id + ".csv").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("grade,minimum,maximum", "15,52000.00,81000.00", "N,98000.00,151500.50");
        JsonNode occupation = json.readTree(classPage.selectFirst("script[type=application/ld+json]").data());
        assertThat(occupation.get("estimatedSalary").get("currency").asString()).isEqualTo("USD");
        assertThat(occupation.get("estimatedSalary").get("value").get("minValue").decimalValue()).isEqualByComparingTo("98000");
        JsonNode api = json.readTree(mvc.get().uri("/api/v1" + SEED).exchange().getResponse().getContentAsString());
        assertThat(api.get("pay").get("maximum").decimalValue()).isEqualByComparingTo("151500.50");
        assertThat(api.get("pay").get("schedulePage").asString()).isEqualTo("/pay/" + id);
    }

    @Test
    void theScheduleInEffectOnADayIsTheOneUsedAndEarlierOnesAreKept() throws Exception {
        long description = fixtures.publish(CatalogFixtures.content("6661", "Paid Clerk", "Keeps paid records."));
        jdbc.update("update description_revision set published_at = now() - interval '100 days' where description_id = ?", description);
        load("FY2025", LocalDate.now(clock).minusYears(2), "grade,minimum,maximum\n15,40000,60000\n");
        load("FY2027", LocalDate.now(clock).minusDays(10), "grade,minimum,maximum\n15,50000,70000\n");
        load("FY2030", LocalDate.now(clock).plusYears(3), "grade,minimum,maximum\n15,90000,99000\n");

        Document page = HtmlPages.get(mvc, "/classes/6661/paid-clerk");
        JsonNode asOf = json.readTree(mvc.get().uri("/api/v1/classes/6661/paid-clerk?as_of=" + LocalDate.now(clock).minusDays(50))
                .exchange().getResponse().getContentAsString());

        assertThat(page.selectFirst("[data-field=pay]").text()).isEqualTo("Grade 15: $50,000 – $70,000 a year, FY2027 schedule");
        assertThat(asOf.get("pay").get("schedule").asString()).isEqualTo("FY2025");
        assertThat(HtmlPages.get(mvc, "/pay").select("main > ul li > a").eachText()).containsExactly("FY2030", "FY2027", "FY2025");
    }

    @Test
    void aGradeWithoutAScheduleShowsNothingAndTheApiSaysNull() throws Exception {
        load("FY2027", LocalDate.now(clock).minusDays(1), "grade,minimum,maximum\n99,1,2\n");

        assertThat(HtmlPages.get(mvc, SEED).select("[data-field=pay]")).isEmpty();
        JsonNode api = json.readTree(mvc.get().uri("/api/v1" + SEED).exchange().getResponse().getContentAsString());
        assertThat(api.get("pay").isNull()).isTrue();
    }

    @Test
    void aCsvWithProblemsIsRefusedWholeWithEachLineSaid() {
        MvcTestResult refused = load("Broken", LocalDate.now(clock), "grade,minimum,maximum\n15,52000,41000\n15,1,2\n16,lots,3\n17,1,2\n");

        Document page = HtmlPages.parse(refused);
        assertThat(page.select(".alert.failure li").eachText()).containsExactly(
                "Line 2: the minimum of grade 15 is more than its maximum.",
                "Line 3: grade 15 is given a second time.",
                "Line 4: the minimum or maximum of grade 16 is not an amount.");
        assertThat(jdbc.queryForObject("select count(*) from salary_schedule", Integer.class)).isZero();
        assertThat(HtmlPages.parse(load("", null, "")).select(".error").eachText()).hasSize(3);
    }

    @Test
    void onlyAdminsLoadOrRemoveSchedules() {
        assertThat(mvc.get().uri("/admin/pay").with(user("clerk").roles("EDITOR"))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/pay/1/remove").with(user("clerk").roles("EDITOR")).with(csrf())).hasStatus(403);
    }

    private MvcTestResult load(String name, LocalDate effectiveOn, String csv) {
        return mvc.post().uri("/admin/pay").with(user("pay-admin").roles("ADMIN")).with(csrf()).multipart()
                .file(new MockMultipartFile("file", "schedule.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("name", name).param("effectiveOn", effectiveOn == null ? "" : effectiveOn.toString())
                .exchange();
    }
}
