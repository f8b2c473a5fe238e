package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditEvent;
import org.jobclass.audit.AuditEventRepository;
import org.jobclass.audit.AuditSubject;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.FormPosts;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Admins revise a class's dates; the public page shows them in the seed's style at once. Every request commits. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "ad", roles = "ADMIN")
class ClassDatesTest {

    private static final String CODE = "0079";
    private static final String PAGE = "/classes/0079/dates-coordinator";
    private static final String SUMMARY = "Under the direction of the Chief of Staff, keeps the class dates of the plan.";

    private long id;
    private String datesPath;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ClassDatesService dates;

    @Autowired
    ClassDescriptionRepository descriptions;

    @Autowired
    Clock clock;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    /** Every request commits, as in production: each test has a published description of its own, established 6/2022. */
    @BeforeEach
    void describe() {
        id = fixtures.publish(CatalogFixtures.content(CODE, "Dates Coordinator", SUMMARY)
                .withDates(YearMonth.of(2022, 6), List.of(), null));
        datesPath = "/admin/descriptions/" + id + "/dates";
    }

    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder(CODE);
    }

    @Test
    void revisedTodayShowsOnThePublicPageInTheSeedsStyle() {
        assertThat(post(datesPath + "/revised/today")).hasStatus(302);

        LocalDate today = LocalDate.now(clock);
        assertThat(HtmlPages.get(mvc, PAGE).selectFirst("[data-field=dates-revised]").text())
                .isEqualTo(today.getMonthValue() + "/" + today.getYear());
    }

    @Test
    void severalRevisionDatesAreListedInOrderCommaSeparated() {
        post(datesPath + "/revised", "revisedOn", "2024-03-15");
        post(datesPath + "/revised", "revisedOn", "2023-01-02");
        post(datesPath + "/reviewed", "reviewedOn", "2025-09-30");

        Document page = HtmlPages.get(mvc, PAGE);
        assertThat(page.selectFirst("[data-field=dates-revised]").text()).isEqualTo("1/2023, 3/2024");
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo("9/2025");
        assertThat(page.selectFirst("[data-field=class-established]").text()).isEqualTo("6/2022");
    }

    @Test
    void aRevisionDateCanBeRemoved() {
        post(datesPath + "/revised", "revisedOn", "2024-03-15");

        post(datesPath + "/revised/remove", "date", "2024-03-15", "confirmed", "true");

        assertThat(HtmlPages.get(mvc, PAGE).selectFirst("[data-field=dates-revised]").text()).isEmpty();
    }

    @Test
    void reviewedTodayAndClassEstablishedAreRecorded() {
        post(datesPath + "/reviewed/today");
        post(datesPath + "/established", "established", "2021-11");

        Document page = HtmlPages.get(mvc, PAGE);
        LocalDate today = LocalDate.now(clock);
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo(today.getMonthValue() + "/" + today.getYear());
        assertThat(page.selectFirst("[data-field=class-established]").text()).isEqualTo("11/2021");
    }

    @Test
    void theMonthIsAskedAndShownAsTheClassPageWritesIt() {
        Document form = HtmlPages.parse(post(datesPath + "/established", "established", " 6/2022 "));
        assertThat(form.select(".error")).isEmpty();
        assertThat(HtmlPages.get(mvc, PAGE).selectFirst("[data-field=class-established]").text()).isEqualTo("6/2022");

        Document dates = HtmlPages.get(mvc, datesPath);
        assertThat(dates.selectFirst("#established").attr("value")).isEqualTo("6/2022");
        assertThat(dates.selectFirst("#established-help").text())
                .isEqualTo("As month/year, the way the class page shows it: for example 6/2022. Leave empty to clear.");
        assertThat(dates.selectFirst("#established + button").text()).isEqualTo("Save");
        assertThat(dates.selectFirst("#revisedOn ~ button[formaction$=/revised/today]").text()).isEqualTo("Revised today");

        Document refused = HtmlPages.parse(post(datesPath + "/established", "established", "13/2022"));
        assertThat(refused.selectFirst("#established-error").text()).isEqualTo("Enter a month as month/year, for example 6/2022.");
        assertThat(refused.selectFirst("#established").attr("value")).isEqualTo("13/2022");
    }

    @Test
    void futureDatesAreRefusedBesideTheirField() {
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        Document revised = HtmlPages.parse(post(datesPath + "/revised", "revisedOn", tomorrow));
        assertThat(revised.selectFirst("#revisedOn-error").text()).isEqualTo("This date is in the future.");
        assertThat(revised.selectFirst("#revisedOn").attr("value")).isEqualTo(tomorrow);

        Document reviewed = HtmlPages.parse(post(datesPath + "/reviewed", "reviewedOn", tomorrow));
        assertThat(reviewed.selectFirst("#reviewedOn-error").text()).isEqualTo("This date is in the future.");

        String nextMonth = YearMonth.from(LocalDate.now(clock)).plusMonths(1).toString();
        Document established = HtmlPages.parse(post(datesPath + "/established", "established", nextMonth));
        assertThat(established.selectFirst("#established-error").text()).isEqualTo("This date is in the future.");
        assertThat(established.selectFirst("#established").attr("value")).isEqualTo(nextMonth);
    }

    @Test
    void revisionsCannotPrecedeTheClassesEstablishment() {
        Document page = HtmlPages.parse(post(datesPath + "/revised", "revisedOn", "2022-05-31"));

        assertThat(page.selectFirst("#revisedOn-error").text()).isEqualTo("This date is before the class was established.");
        assertThat(post(datesPath + "/revised", "revisedOn", "2022-06-01")).hasStatus(302);

        Document later = HtmlPages.parse(post(datesPath + "/established", "established", "2022-07"));
        assertThat(later.selectFirst("#established-error").text())
                .isEqualTo("The class cannot be established after its revision or review dates.");
    }

    @Test
    void unreadableDatesAreReportedWithTheExpectedForm() {
        Document page = HtmlPages.parse(post(datesPath + "/revised", "revisedOn", "15/03/2024"));

        assertThat(page.selectFirst("#revisedOn-error").text()).isEqualTo("Enter a date as YYYY-MM-DD, for example 2024-03-15.");
        assertThat(page.selectFirst("#revisedOn").attr("value")).isEqualTo("15/03/2024");
    }

    @Test
    void aDateChangeLeavesAnEditorsPendingEditUnpublishedAndCausesNoConflict() {
        long version = descriptions.findById(id).orElseThrow().getVersion();
        DescriptionFormRequests pending = DescriptionFormRequests.valid(CODE, "Dates Coordinator")
                .set("officialTitle", "Official " + CODE).set("summary", "A pending rewrite.");

        post(datesPath + "/reviewed", "reviewedOn", "2025-01-10");
        assertThat(pending.post(mvc, "/editor/descriptions/" + id, "version", String.valueOf(version))).hasStatus(302);
        post(datesPath + "/revised", "revisedOn", "2025-02-10");

        Document page = HtmlPages.get(mvc, PAGE);
        assertThat(page.selectFirst("[data-field=dates-revised]").text()).isEqualTo("2/2025");
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo("1/2025");
        assertThat(page.selectFirst("[data-field=summary]").text()).isEqualTo(SUMMARY);
    }

    @Test
    void allThreeDatesAreReplacedAtOnceAsARestoredOrImportedPageRecordsThem() {
        dates.addRevisionDate(id, LocalDate.of(2023, 1, 2), "ad");
        dates.addRevisionDate(id, LocalDate.of(2024, 3, 15), "ad");

        dates.replace(id, new ClassDates(YearMonth.of(2021, 5), List.of(LocalDate.of(2025, 2, 1)),
                LocalDate.of(2025, 6, 1)), "ad");

        Document page = HtmlPages.get(mvc, PAGE);
        assertThat(page.selectFirst("[data-field=class-established]").text()).isEqualTo("5/2021");
        assertThat(page.selectFirst("[data-field=dates-revised]").text()).isEqualTo("2/2025");
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo("6/2025");
    }

    @Test
    void datesThatCannotBeRightTogetherAreRefusedWhole() {
        assertThatThrownBy(() -> dates.replace(id, new ClassDates(YearMonth.of(2024, 5),
                List.of(LocalDate.of(2023, 2, 1)), null), "ad"))
                .isInstanceOf(DateRuleException.class).hasMessage("dates.error.beforeEstablished");

        assertThat(HtmlPages.get(mvc, PAGE).selectFirst("[data-field=class-established]").text()).isEqualTo("6/2022");
    }

    @Test
    void dateChangesAreAudited() {
        post(datesPath + "/revised", "revisedOn", "2024-03-15");

        transactions.executeWithoutResult(reading -> {
            List<AuditEvent> events = auditEvents.findBySubjectTypeAndSubjectIdOrderByIdDesc(AuditSubject.DESCRIPTION, id);
            assertThat(events.get(0).getAction()).isEqualTo(AuditAction.DATES_CHANGED);
            assertThat(events.get(0).getActor()).isEqualTo("ad");
            assertThat(events.get(0).getChanges()).extracting(change -> change.getField() + ": " + change.getNewValue())
                    .containsExactly("datesRevised: 2024-03-15");
        });
    }

    @Test
    void editorsSeeTheDatesReadOnly() {
        Document form = HtmlPages.parse(mvc.get().uri("/editor/descriptions/" + id + "/edit")
                .with(user("ed").roles("EDITOR"))
                .exchange());

        assertThat(form.selectFirst(".dates-readonly").text()).contains("Class Established: 6/2022", "Only admins change these dates.");
        assertThat(form.select(".dates-readonly input")).isEmpty();
        assertThat(form.select("a[href$=/dates]")).isEmpty();
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void theServiceItselfRefusesEditors() {
        assertThatThrownBy(() -> dates.addRevisionDate(id, LocalDate.of(2024, 3, 15), "ed"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private MvcTestResult post(String path, String... params) {
        return FormPosts.post(mvc, path, params);
    }
}
