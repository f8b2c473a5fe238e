package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Admins browse the audit log and filter it by action, person and subject. */
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
        assertThat(entry.select(".changes del").eachText()).containsExactly("Old summary.", "N");
        assertThat(entry.select(".changes ins").eachText()).containsExactly("New summary.", "O");
    }

    @Test
    void theLogIsFilteredByActionAndPerson() {
        assertThat(HtmlPages.get(mvc, "/admin/audit?action=DESCRIPTION_RETIRED").select("tr.audit-entry td:nth-child(4)").eachText())
                .first().asString().startsWith("0435 Audit Subject Two");
        assertThat(HtmlPages.get(mvc, "/admin/audit?actor=ALICE").select("tr.audit-entry td:nth-child(2)").eachText())
                .isNotEmpty().containsOnly("alice");
        Document failures = HtmlPages.get(mvc, "/admin/audit?action=SIGN_IN_FAILED&q=mallory");
        assertThat(failures.select("tr.audit-entry td:nth-child(2)").eachText()).containsExactly("(not signed in)");
        assertThat(failures.select("tr.audit-entry td:nth-child(4)").eachText()).containsExactly("mallory (rejected; from 10.9.9.9)");
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
}
