package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The audit log reads in words: every value and detail as people say them, never as the code records them. Entries are
 * recorded as the services record them (the same values, in the same shapes), or by the services themselves.
 */
@ApplicationTest
@WithMockUser(username = "chief", roles = "ADMIN")
class AuditLogWordsTest {

    private static final String BY = "words-admin";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    AccountService accounts;

    @Autowired
    MessageSourceAccessor messages;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeEntriesAndAccounts() {
        jdbc.update("delete from audit_event where actor in (?, 'words-person') or subject_label in ('words-person', 'words-stranger')", BY);
        jdbc.update("delete from account where username = 'words-person'");
    }

    @Test
    void aDescriptionsFieldsReadInWords() {
        audit.record(BY, AuditAction.DESCRIPTION_EDITED, AuditSubject.DESCRIPTION, 7L, "0435 Words Coordinator", List.of(
                new FieldChange("months", "10", "12"),
                new FieldChange("KNOWLEDGE_SKILLS_ABILITIES", null, "Knows the plan."),
                new FieldChange("overtimeEligible", "false", "true"),
                new FieldChange("duty 2", null, "Plans budgets."),
                new FieldChange("classEstablished", "6/2022", "7/2022"),
                new FieldChange("datesRevised", "2023-01-15", "2023-01-15, 2024-05-01"),
                new FieldChange("lastReviewed", "2024-05-01", "2025-06-03")));

        Element entry = only("/admin/audit?actor=" + BY + "&action=DESCRIPTION_EDITED");

        inWords(entry.ownerDocument());
        assertThat(changes(entry)).containsExactly(
                "Months: 10 → 12",
                "Knowledge, skills, and abilities: → Knows the plan.",
                "Overtime eligible: No → Yes",
                "Duty 2: → Plans budgets.",
                "Class established: June 2022 → July 2022",
                "Date(s) revised: January 15, 2023 → January 15, 2023; May 1, 2024",
                "Last reviewed: May 1, 2024 → June 3, 2025");
    }

    @Test
    void statusesAndThePlansSettingsReadInWords() {
        audit.record(BY, AuditAction.DESCRIPTION_RETIRED, AuditSubject.DESCRIPTION, 7L, "0435 Words Coordinator",
                List.of(new FieldChange("status", "PUBLISHED", "RETIRED")));
        audit.record(BY, AuditAction.APPROVAL_SETTING_CHANGED, AuditSubject.PLAN, null, "approval",
                List.of(new FieldChange("approvalRequired", "false", "true")));
        audit.record(BY, AuditAction.REVIEW_INTERVAL_CHANGED, AuditSubject.PLAN, null, "review interval",
                List.of(new FieldChange("reviewIntervalMonths", "36", "1")));

        assertThat(changes(only("/admin/audit?actor=" + BY + "&action=DESCRIPTION_RETIRED")))
                .containsExactly("Status: Published → Retired");
        inWords(HtmlPages.get(mvc, "/admin/audit?actor=" + BY));
        Element approval = only("/admin/audit?actor=" + BY + "&action=APPROVAL_SETTING_CHANGED");
        assertThat(approval.select("td").get(3).text()).isEqualTo("Plan settings");
        assertThat(changes(approval)).containsExactly("Approval required: No → Yes");
        assertThat(changes(only("/admin/audit?actor=" + BY + "&action=REVIEW_INTERVAL_CHANGED")))
                .containsExactly("Review interval: 36 months → 1 month");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" reads \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "PUBLISH_CHECK_OVERRIDDEN | published despite: noClassEstablished, overtimeNotStated; reason: Dates next week"
                    + " | published despite: no Class Established date; overtime eligibility not stated. Reason: Dates next week",
            "DESCRIPTION_PUBLISHED | revision 3 | revision 3",
            "DESCRIPTION_PUBLISHED | revision 4; Restored from a backup | revision 4: Restored from a backup",
            "DESCRIPTION_CONFIRMED_COMPLETE | imported from a page that looked cut off after \u201cthe duties\u201d"
                    + " | imported from a page that looked cut off after \u201cthe duties\u201d",
            "OFFICIAL_TITLE_CHANGED | republished 2 working title(s) | republished 2 working titles",
            "OFFICIAL_TITLE_CHANGED | republished 1 working title(s) | republished 1 working title",
            "DATES_CHANGED | republished as revision 5 | republished as revision 5",
            "DESCRIPTION_APPROVED | submitted by alice | submitted by alice",
            "DESCRIPTION_EDITED | restored the text of revision 2 | restored the text of revision 2",
            "SALARY_SCHEDULE_LOADED | effective 2026-07-01, 45 grades | in effect from July 1, 2026, 45 grades",
            "SALARY_SCHEDULE_REMOVED | effective 2026-07-01 | in effect from July 1, 2026",
            "SERIES_SAVED | 0435, 0436 | codes 0435, 0436",
            "SERIES_SAVED | `` | no codes"})
    void eachKindOfDetailReadsInWords(AuditAction action, String recorded, String shown) {
        detail(action, recorded);

        assertThat(detailOf(action)).isEqualTo(shown);
        inWords(HtmlPages.get(mvc, "/admin/audit?actor=" + BY));
    }

    @Test
    void aDetailOfAShapeTheWordsDoNotKnowIsShownAsRecorded() {
        detail(AuditAction.PUBLISH_CHECK_OVERRIDDEN, "published despite: somethingNew; reason: Because");
        detail(AuditAction.DESCRIPTION_RETURNED, "Please shorten the summary {0} 'quoted'.");

        assertThat(detailOf(AuditAction.PUBLISH_CHECK_OVERRIDDEN)).isEqualTo("published despite: somethingNew. Reason: Because");
        assertThat(detailOf(AuditAction.DESCRIPTION_RETURNED)).isEqualTo("Please shorten the summary {0} 'quoted'.");
    }

    @Test
    void accountChangesShowTheNewValueInWords() {
        long id = accounts.create("words-person", "Words Person", AccountRole.EDITOR, "a-long-password", BY).getId();
        accounts.disable(id, BY);
        accounts.enable(id, BY);
        accounts.changeRole(id, AccountRole.ADMIN, BY);

        Document page = HtmlPages.get(mvc, "/admin/audit?q=words-person&actor=" + BY);
        inWords(page);

        assertThat(page.select("tr.audit-entry td:nth-child(3)").eachText()).containsExactly("Role changed", "Account enabled",
                "Account disabled", "Account created");
        assertThat(page.select("tr.audit-entry").stream().map(AuditLogWordsTest::changes)).containsExactly(
                List.of("Role: Editor → Admin"),
                List.of("Enabled: No → Yes"),
                List.of("Enabled: Yes → No"),
                List.of("Username: → words-person", "Name: → Words Person", "Role: → Editor", "Enabled: → Yes"));
    }

    @Test
    void anAccountMadeAtStartUpWasMadeByTheApplication() {
        accounts.createIfAbsent("words-person", "Words Person", AccountRole.EDITOR, "a-long-password");

        Element entry = only("/admin/audit?action=ACCOUNT_CREATED&q=words-person");

        assertThat(entry.select("td").get(1).text()).isEqualTo("(the application)");
    }

    @Test
    void signInsShowTheAddressAsPeopleWriteIt() {
        accounts.createIfAbsent("words-person", "Words Person", AccountRole.EDITOR, "a-long-password");
        signIn("words-person", "a-long-password", "0:0:0:0:0:0:0:1");
        signIn("words-stranger", "a-guess", "::ffff:10.1.2.3");

        assertThat(only("/admin/audit?action=SIGNED_IN&actor=words-person").select("td").get(3).text())
                .isEqualTo("words-person (from ::1)");
        assertThat(only("/admin/audit?action=SIGN_IN_FAILED&q=words-stranger").select("td").get(3).text())
                .isEqualTo("words-stranger (rejected, from 10.1.2.3)");
        inWords(HtmlPages.get(mvc, "/admin/audit?q=words-"));
    }

    @Test
    void everyActionHasItsWords() {
        assertThat(Arrays.stream(AuditAction.values()).map(action -> messages.getMessage("audit.action." + action, null, (String) null)))
                .doesNotContainNull();
    }

    private void detail(AuditAction action, String detail) {
        audit.record(BY, action, AuditSubject.DESCRIPTION, 7L, "0435 Words Coordinator", detail, List.of());
    }

    private String detailOf(AuditAction action) {
        Element entry = only("/admin/audit?actor=" + BY + "&action=" + action);
        Element detail = entry.selectFirst(".detail");
        return detail == null ? null : detail.text().replaceAll("^\\((.*)\\)$", "$1");
    }

    private Element only(String path) {
        Document page = HtmlPages.get(mvc, path);
        assertThat(page.select("tr.audit-entry")).as(path).hasSize(1);
        return page.selectFirst("tr.audit-entry");
    }

    /**
     * Nothing on the page shows as the code recorded it: no "true" or "false", no name of a constant, no ISO date but in
     * the When column, no address in its long form, no braces of JSON, no Java object's toString.
     */
    private static void inWords(Document page) {
        List<String> cells = page.select("tr.audit-entry td:not(:first-child), tr.audit-entry dt, tr.audit-entry .value").eachText();
        assertThat(cells).isNotEmpty();
        for (String cell : cells) {
            assertThat(cell).as(cell)
                    .doesNotContainPattern("\\b(true|false|EDITOR|ADMIN|DRAFT|PUBLISHED|RETIRED)\\b|[A-Z]{3,}_[A-Z]+|[a-z][A-Z]")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}|0:0:0|::ffff|[{}\\[\\]]|\\w+=\\w|@[0-9a-f]{4,}");
        }
    }

    /** Each change of the entry as "Field: before → after", as its cells show it. */
    private static List<String> changes(Element entry) {
        return entry.select(".changes > div").stream()
                .map(change -> change.selectFirst("dt").text() + ":" + Stream.of(change.selectFirst("del .value"),
                                change.selectFirst("ins .value"))
                        .map(value -> value == null ? "" : " " + value.text()).reduce((before, after) -> before + " →" + after)
                        .orElseThrow())
                .toList();
    }

    private void signIn(String username, String password, String address) {
        mvc.post().uri("/login").with(anonymous()).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password).exchange();
    }
}
