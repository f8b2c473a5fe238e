package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Admins browse the audit log and filter it by action, person, subject and days. */
@ApplicationTest
@WithMockUser(username = "chief", roles = "ADMIN")
class AuditLogPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    /** Every entry commits, as in production; the entries made here are removed after each test. */
    @AfterEach
    void removeEvents() {
        jdbc.update("delete from audit_event where subject_label in ('0435 Audit Subject One', '0435 Audit Subject Two')"
                + " or subject_label like 'Audit Day %' or subject_label like 'Audit Paging %'"
                + " or (subject_label = 'mallory' and detail = 'rejected; from 10.9.9.9')");
    }

    @BeforeEach
    void events() {
        audit.record("alice", AuditAction.DESCRIPTION_EDITED, AuditSubject.DESCRIPTION, 1L, "0435 Audit Subject One",
                List.of(new FieldChange("summary", "Old summary.", "New summary."), new FieldChange("grade", "N", "O")));
        audit.record("bob", AuditAction.DESCRIPTION_RETIRED, AuditSubject.DESCRIPTION, 2L, "0435 Audit Subject Two",
                List.of(new FieldChange("status", "PUBLISHED", "RETIRED")));
        audit.record(null, AuditAction.SIGN_IN_FAILED, AuditSubject.SIGN_IN, null, "mallory", "rejected; from 10.9.9.9",
                List.of());
    }

    @Test
    void theLogShowsWhoDidWhatWhenAndWhatChangedFieldByField() {
        Document page = HtmlPages.get(mvc, "/admin/audit?q=Audit Subject One");

        assertThat(page.select("tr.audit-entry")).hasSize(1);
        var entry = page.selectFirst("tr.audit-entry");
        assertThat(entry.select("td").get(1).text()).isEqualTo("alice");
        assertThat(entry.select("td").get(2).text()).isEqualTo("Description edited");
        assertThat(entry.selectFirst("td a").attr("href")).isEqualTo("/editor/descriptions/1/preview");
        assertThat(entry.select(".changes dt").eachText()).containsExactly("Summary", "Grade");
        assertThat(entry.select(".changes del .value").eachText()).containsExactly("Old summary.", "N");
        assertThat(entry.select(".changes ins .value").eachText()).containsExactly("New summary.", "O");
        assertThat(entry.select(".changes del").eachText()).as("what a screen reader reads")
                .containsExactly("Before: Old summary.", "Before: N");
        assertThat(entry.select(".changes ins").eachText()).containsExactly("After: New summary.", "After: O");
    }

    @Test
    void theLogIsFilteredByActionAndPerson() {
        assertThat(HtmlPages.get(mvc, "/admin/audit?action=DESCRIPTION_RETIRED").select("tr.audit-entry td:nth-child(4)").eachText())
                .first().asString().startsWith("0435 Audit Subject Two");
        assertThat(HtmlPages.get(mvc, "/admin/audit?actor=ALICE").select("tr.audit-entry td:nth-child(2)").eachText())
                .isNotEmpty().containsOnly("alice");
        Document failures = HtmlPages.get(mvc, "/admin/audit?action=SIGN_IN_FAILED&q=mallory");
        assertThat(failures.select("tr.audit-entry td:nth-child(2)").eachText()).containsExactly("(not signed in)");
        assertThat(failures.select("tr.audit-entry td:nth-child(4)").eachText()).containsExactly("mallory (rejected, from 10.9.9.9)");
    }

    @Test
    void aCommentThatReadsNoIsShownLikeAnyOther() {
        audit.record("carol", AuditAction.DESCRIPTION_RETURNED, AuditSubject.DESCRIPTION, 1L, "0435 Audit Subject One",
                "No", List.of());

        assertThat(HtmlPages.get(mvc, "/admin/audit?action=DESCRIPTION_RETURNED&q=Audit Subject One")
                .select("tr.audit-entry td:nth-child(4)").eachText()).containsExactly("0435 Audit Subject One (No)");
    }

    @Test
    void newestEntriesComeFirst() {
        assertThat(HtmlPages.get(mvc, "/admin/audit?q=Audit Subject").select("tr.audit-entry td:nth-child(4)").eachText())
                .containsExactly("0435 Audit Subject Two", "0435 Audit Subject One");
    }

    @Test
    void fromAndToAreWholeDaysInTheOfficesTimeZoneBothIncluded() {
        // New York is five hours behind UTC in winter: 04:59 UTC on March 1 is still February 28 there.
        at("2026-02-28 04:59:59+00", "Audit Day February 27, late");
        at("2026-02-28 05:00:00+00", "Audit Day February 28, first moment");
        at("2026-03-01 04:59:59+00", "Audit Day February 28, last moment");
        at("2026-03-01 05:00:00+00", "Audit Day March 1");

        assertThat(subjects("/admin/audit?q=Audit Day&from=2026-02-28&to=2026-02-28"))
                .containsExactly("Audit Day February 28, last moment", "Audit Day February 28, first moment");
        assertThat(subjects("/admin/audit?q=Audit Day&from=2026-03-01"))
                .containsExactly("Audit Day March 1");
        assertThat(subjects("/admin/audit?q=Audit Day&to=2026-02-27"))
                .containsExactly("Audit Day February 27, late");
        Document page = HtmlPages.get(mvc, "/admin/audit?q=Audit Day&from=2026-02-28&to=2026-02-28");
        assertThat(page.select("tr.audit-entry td:first-child").eachText())
                .containsExactly("2026-02-28 23:59", "2026-02-28 00:00");
        assertThat(page.selectFirst("#days-help").text())
                .isEqualTo("From and To are days in the office's time zone, America/New_York, both included.");
        assertThat(page.selectFirst("#from").attr("value")).isEqualTo("2026-02-28");
        assertThat(page.selectFirst("#from").attr("aria-describedby")).isEqualTo("days-help");
    }

    @Test
    void theDaysCombineWithTheOtherFilters() {
        at("2026-02-10 12:00:00+00", "Audit Day with alice");
        jdbc.update("update audit_event set actor = 'alice', action = 'DESCRIPTION_PUBLISHED' where subject_label = 'Audit Day with alice'");
        at("2026-02-10 13:00:00+00", "Audit Day with another");

        assertThat(subjects("/admin/audit?q=Audit Day&actor=alice&action=DESCRIPTION_PUBLISHED&from=2026-02-10&to=2026-02-10"))
                .containsExactly("Audit Day with alice");
        assertThat(subjects("/admin/audit?q=Audit Day&actor=alice&action=DESCRIPTION_PUBLISHED&from=2026-02-11")).isEmpty();
    }

    @Test
    void aDayThatIsNotOneIsReportedBesideItsFieldAndNotApplied() {
        at("2026-02-10 12:00:00+00", "Audit Day one");

        Document page = HtmlPages.get(mvc, "/admin/audit?q=Audit Day&from=2026-02-31&to=yesterday");

        assertThat(page.selectFirst("#from-error").text()).isEqualTo("This is not a day: choose one, or type it as year-month-day, for example 2026-03-31.");
        assertThat(page.selectFirst("#to-error").text()).isEqualTo("This is not a day: choose one, or type it as year-month-day, for example 2026-03-31.");
        assertThat(page.selectFirst("#from").attr("value")).as("what was typed, to correct it").isEqualTo("2026-02-31");
        assertThat(page.selectFirst("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#from").attr("aria-describedby")).isEqualTo("from-error days-help");
        assertThat(page.select("tr.audit-entry td:nth-child(4)").eachText()).containsExactly("Audit Day one");
        assertThat(page.selectFirst("a[download]").attr("href")).isEqualTo("/admin/audit.csv?q=Audit%20Day");
    }

    @Test
    void aLastDayBeforeTheFirstIsReportedBesideIt() {
        at("2026-02-10 12:00:00+00", "Audit Day one");

        Document page = HtmlPages.get(mvc, "/admin/audit?q=Audit Day&from=2026-03-01&to=2026-02-01");

        assertThat(page.select(".error").eachText()).containsExactly("This day is before the From day: enter a day on or after it.");
        assertThat(page.selectFirst("#to-error")).isNotNull();
        assertThat(page.select("tr.audit-entry td:nth-child(4)").eachText()).containsExactly("Audit Day one");
    }

    @Test
    void craftedFiltersAreIgnoredOrReportedNeverAServerError() {
        String[] crafted = {"action=NO_SUCH_ACTION", "action=", "page=abc", "page=-3", "page=2147483647",
                "from=-999999999-01-01", "to=%2B999999999-12-31", "from=0000-01-01", "from=%2B10000-01-01", "to=2026-13-01",
                "from=2026-01-01T00:00", "from=%27%20or%201%3D1--", "q=%25", "q=_", "q=%5C", "actor=%00"};
        for (String query : crafted) {
            var result = mvc.get().uri("/admin/audit?" + query).exchange();
            assertThat(result).as(query).hasStatusOk();
        }
        assertThat(HtmlPages.get(mvc, "/admin/audit?from=%2B999999999-12-31").selectFirst("#from-error").text())
                .isEqualTo("This is not a day: choose one, or type it as year-month-day, for example 2026-03-31.");
    }

    @Test
    void pagesAndTheDownloadKeepEveryFilter() {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, subject_type, subject_label)
                select timestamptz '2026-02-10 12:00:00+00' + n * interval '1 minute', 'pager', 'DESCRIPTION_EDITED',
                       'DESCRIPTION', 'Audit Paging ' || n
                from generate_series(1, 60) n
                """);
        String filtered = "/admin/audit?action=DESCRIPTION_EDITED&actor=pager&q=Audit Paging&from=2026-02-10&to=2026-02-11";

        Document first = HtmlPages.get(mvc, filtered);

        assertThat(first.selectFirst(".count").text()).isEqualTo("60 entries");
        assertThat(first.select("tr.audit-entry")).hasSize(50);
        String older = first.selectFirst(".pages a[rel=next]").attr("href");
        assertThat(older).isEqualTo("/admin/audit?action=DESCRIPTION_EDITED&actor=pager&q=Audit%20Paging"
                + "&from=2026-02-10&to=2026-02-11&page=1");
        assertThat(first.selectFirst("a[download]").attr("href")).isEqualTo("/admin/audit.csv?action=DESCRIPTION_EDITED"
                + "&actor=pager&q=Audit%20Paging&from=2026-02-10&to=2026-02-11");
        var followed = mvc.get().uri(URI.create(older)).exchange();
        assertThat(followed).hasStatusOk();
        Document second = HtmlPages.parse(followed);
        assertThat(second.select("tr.audit-entry td:nth-child(4)").eachText()).hasSize(10).last().isEqualTo("Audit Paging 1");
        assertThat(second.selectFirst(".pages span").text()).isEqualTo("Page 2 of 2");
        assertThat(second.selectFirst(".pages a[rel=prev]").attr("href")).isEqualTo("/admin/audit?action=DESCRIPTION_EDITED"
                + "&actor=pager&q=Audit%20Paging&from=2026-02-10&to=2026-02-11");
    }

    @Test
    void theTableScrollsInItsOwnLabelledRegion() {
        Document page = HtmlPages.get(mvc, "/admin/audit?q=Audit Subject");

        var region = page.selectFirst("div.table-scroll");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(page.getElementById(region.attr("aria-labelledby")).text()).isEqualTo("Audit log entries");
        assertThat(region.select("table.audit")).hasSize(1);
    }

    private void at(String moment, String subject) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject_type, subject_label)"
                + " values (?::timestamptz, 'dana', 'DATES_CHANGED', 'DESCRIPTION', ?)", moment, subject);
    }

    private List<String> subjects(String path) {
        return HtmlPages.get(mvc, path).select("tr.audit-entry td:nth-child(4)").eachText();
    }
}
