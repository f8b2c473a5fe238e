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
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.FormPosts;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/** Admins revise a class's dates; the public page shows them in the seed's style at once. */
@ApplicationTest
@Transactional
@WithMockUser(username = "ad", roles = "ADMIN")
class ClassDatesTest {

    private static final long INNOVATIVE = 1;
    private static final String INNOVATIVE_PAGE = "/classes/0435/coordinator-innovative-and-progressive-systemwide-training";
    private static final String DATES = "/admin/descriptions/1/dates";

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

    @Test
    void revisedTodayShowsOnThePublicPageInTheSeedsStyle() {
        assertThat(post(DATES + "/revised/today")).hasStatus(302);

        LocalDate today = LocalDate.now(clock);
        assertThat(HtmlPages.get(mvc, INNOVATIVE_PAGE).selectFirst("[data-field=dates-revised]").text())
                .isEqualTo(today.getMonthValue() + "/" + today.getYear());
    }

    @Test
    void severalRevisionDatesAreListedInOrderCommaSeparated() {
        post(DATES + "/revised", "revisedOn", "2024-03-15");
        post(DATES + "/revised", "revisedOn", "2023-01-02");
        post(DATES + "/reviewed", "reviewedOn", "2025-09-30");

        Document page = HtmlPages.get(mvc, INNOVATIVE_PAGE);
        assertThat(page.selectFirst("[data-field=dates-revised]").text()).isEqualTo("1/2023, 3/2024");
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo("9/2025");
        assertThat(page.selectFirst("[data-field=class-established]").text()).isEqualTo("6/2022");
    }

    @Test
    void aRevisionDateCanBeRemoved() {
        post(DATES + "/revised", "revisedOn", "2024-03-15");

        post(DATES + "/revised/remove", "date", "2024-03-15");

        assertThat(HtmlPages.get(mvc, INNOVATIVE_PAGE).selectFirst("[data-field=dates-revised]").text()).isEmpty();
    }

    @Test
    void reviewedTodayAndClassEstablishedAreRecorded() {
        post(DATES + "/reviewed/today");
        post(DATES + "/established", "established", "2021-11");

        Document page = HtmlPages.get(mvc, INNOVATIVE_PAGE);
        LocalDate today = LocalDate.now(clock);
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo(today.getMonthValue() + "/" + today.getYear());
        assertThat(page.selectFirst("[data-field=class-established]").text()).isEqualTo("11/2021");
    }

    @Test
    void futureDatesAreRefusedBesideTheirField() {
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        Document revised = HtmlPages.parse(post(DATES + "/revised", "revisedOn", tomorrow));
        assertThat(revised.selectFirst("#revisedOn-error").text()).isEqualTo("This date is in the future.");
        assertThat(revised.selectFirst("#revisedOn").attr("value")).isEqualTo(tomorrow);

        Document reviewed = HtmlPages.parse(post(DATES + "/reviewed", "reviewedOn", tomorrow));
        assertThat(reviewed.selectFirst("#reviewedOn-error").text()).isEqualTo("This date is in the future.");

        String nextMonth = YearMonth.from(LocalDate.now(clock)).plusMonths(1).toString();
        Document established = HtmlPages.parse(post(DATES + "/established", "established", nextMonth));
        assertThat(established.selectFirst("#established-error").text()).isEqualTo("This date is in the future.");
        assertThat(established.selectFirst("#established").attr("value")).isEqualTo(nextMonth);
    }

    @Test
    void revisionsCannotPrecedeTheClassesEstablishment() {
        Document page = HtmlPages.parse(post(DATES + "/revised", "revisedOn", "2022-05-31"));

        assertThat(page.selectFirst("#revisedOn-error").text()).isEqualTo("This date is before the class was established.");
        assertThat(post(DATES + "/revised", "revisedOn", "2022-06-01")).hasStatus(302);

        Document later = HtmlPages.parse(post(DATES + "/established", "established", "2022-07"));
        assertThat(later.selectFirst("#established-error").text())
                .isEqualTo("The class cannot be established after its revision or review dates.");
    }

    @Test
    void unreadableDatesAreReportedWithTheExpectedForm() {
        Document page = HtmlPages.parse(post(DATES + "/revised", "revisedOn", "15/03/2024"));

        assertThat(page.selectFirst("#revisedOn-error").text()).isEqualTo("Enter a date as YYYY-MM-DD, for example 2024-03-15.");
        assertThat(page.selectFirst("#revisedOn").attr("value")).isEqualTo("15/03/2024");
    }

    @Test
    void aDateChangeLeavesAnEditorsPendingEditUnpublishedAndCausesNoConflict() {
        long version = descriptions.findById(INNOVATIVE).orElseThrow().getVersion();
        DescriptionFormRequests pending = DescriptionFormRequests.valid("0435", "Coordinator, Innovative and Progressive Systemwide Training")
                .set("officialTitle", "Coordinator").set("summary", "A pending rewrite.");

        post(DATES + "/reviewed", "reviewedOn", "2025-01-10");
        assertThat(pending.post(mvc, "/editor/descriptions/" + INNOVATIVE, "version", String.valueOf(version))).hasStatus(302);
        post(DATES + "/revised", "revisedOn", "2025-02-10");

        Document page = HtmlPages.get(mvc, INNOVATIVE_PAGE);
        assertThat(page.selectFirst("[data-field=dates-revised]").text()).isEqualTo("2/2025");
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo("1/2025");
        assertThat(page.selectFirst("[data-field=summary]").text()).startsWith("Under the direction of the Chief");
    }

    @Test
    void allThreeDatesAreReplacedAtOnceAsARestoredOrImportedPageRecordsThem() {
        dates.addRevisionDate(INNOVATIVE, LocalDate.of(2023, 1, 2), "ad");
        dates.addRevisionDate(INNOVATIVE, LocalDate.of(2024, 3, 15), "ad");

        dates.replace(INNOVATIVE, new ClassDates(YearMonth.of(2021, 5), List.of(LocalDate.of(2025, 2, 1)),
                LocalDate.of(2025, 6, 1)), "ad");

        Document page = HtmlPages.get(mvc, INNOVATIVE_PAGE);
        assertThat(page.selectFirst("[data-field=class-established]").text()).isEqualTo("5/2021");
        assertThat(page.selectFirst("[data-field=dates-revised]").text()).isEqualTo("2/2025");
        assertThat(page.selectFirst("[data-field=last-reviewed]").text()).isEqualTo("6/2025");
    }

    @Test
    void datesThatCannotBeRightTogetherAreRefusedWhole() {
        assertThatThrownBy(() -> dates.replace(INNOVATIVE, new ClassDates(YearMonth.of(2024, 5),
                List.of(LocalDate.of(2023, 2, 1)), null), "ad"))
                .isInstanceOf(DateRuleException.class).hasMessage("dates.error.beforeEstablished");

        assertThat(HtmlPages.get(mvc, INNOVATIVE_PAGE).selectFirst("[data-field=class-established]").text()).isEqualTo("6/2022");
    }

    @Test
    void dateChangesAreAudited() {
        post(DATES + "/revised", "revisedOn", "2024-03-15");

        List<AuditEvent> events = auditEvents.findBySubjectTypeAndSubjectIdOrderByIdDesc(AuditSubject.DESCRIPTION, INNOVATIVE);
        assertThat(events.get(0).getAction()).isEqualTo(AuditAction.DATES_CHANGED);
        assertThat(events.get(0).getActor()).isEqualTo("ad");
        assertThat(events.get(0).getChanges()).extracting(change -> change.getField() + ": " + change.getNewValue())
                .containsExactly("datesRevised: 2024-03-15");
    }

    @Test
    void editorsSeeTheDatesReadOnly() {
        Document form = HtmlPages.parse(mvc.get().uri("/editor/descriptions/1/edit")
                .with(user("ed").roles("EDITOR"))
                .exchange());

        assertThat(form.selectFirst(".dates-readonly").text()).contains("Class Established: 6/2022", "Only admins change these dates.");
        assertThat(form.select(".dates-readonly input")).isEmpty();
        assertThat(form.select("a[href$=/dates]")).isEmpty();
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void theServiceItselfRefusesEditors() {
        assertThatThrownBy(() -> dates.addRevisionDate(INNOVATIVE, LocalDate.of(2024, 3, 15), "ed"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private MvcTestResult post(String path, String... params) {
        return FormPosts.post(mvc, path, params);
    }
}
