package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
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

/** With approval on, nothing reaches the public without a second person; every step is audited. Every change commits. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "writer", roles = "EDITOR")
class ApprovalTest {

    private static final String PAGE = "/classes/6701/approved-clerk";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @Autowired
    JdbcTemplate jdbc;

    long id;

    @BeforeEach
    void changeAPublishedDescription() {
        id = fixtures.publish(CatalogFixtures.content("6701", "Approved Clerk", "Keeps the first records."));
        DescriptionContent first = editing.summary(id).content();
        editing.save(id, new DescriptionContent(first.officialTitle(), first.code(), first.sqOq(), first.workingTitle(),
                first.grade(), first.months(), "Keeps the approved records.", first.qualifications(), first.overtimeEligible(),
                first.duties(), first.classEstablished(), first.revisionDates(), first.lastReviewed()),
                editing.summary(id).version(), "writer");
        assertThat(mvc.post().uri("/admin/settings").with(user("chief").roles("ADMIN")).with(csrf())
                .param("reviewInterval", "36").param("approvalRequired", "true")).hasStatus(302);
    }

    @AfterEach
    void turnApprovalOff() {
        jdbc.update("update plan_settings set approval_required = false");
        fixtures.deleteEverythingUnder("6701");
    }

    @Test
    void anEditorSubmitsAndASecondPersonApprovesWhatReachesThePublic() {
        MvcTestResult direct = mvc.post().uri("/editor/descriptions/" + id + "/publish").with(csrf())
                .param("version", String.valueOf(version())).param("overrideReason", "Checked").exchange();
        assertThat(direct).flash().containsEntry("failure",
                "Approval is on: submit the change for approval instead; it is published once approved.");
        assertThat(publicSummary()).isEqualTo("Keeps the first records.");

        assertThat(mvc.post().uri("/editor/descriptions/" + id + "/submit").with(csrf()).param("version", String.valueOf(version()))
                .param("note", "Summary clarified.")).flash().containsKey("success");
        Document preview = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview");
        assertThat(preview.selectFirst(".submitted").text()).startsWith("Submitted for approval by writer");
        assertThat(preview.select("form[action$=/publish], form[action$=/submit]")).isEmpty();

        Document queue = HtmlPages.parse(mvc.get().uri("/admin/approvals").with(user("chief").roles("ADMIN")).exchange());
        assertThat(queue.select("table.approvals a").eachText()).contains("Approved Clerk");
        Document review = HtmlPages.parse(mvc.get().uri("/admin/approvals/" + id).with(user("chief").roles("ADMIN")).exchange());
        assertThat(review.select("table.comparison ins").eachText()).containsExactly("approved");
        assertThat(publicSummary()).isEqualTo("Keeps the first records.");

        MvcTestResult approved = mvc.post().uri("/admin/approvals/" + id + "/approve").with(user("chief").roles("ADMIN"))
                .with(csrf()).param("overrideReason", "Dates follow.").exchange();

        assertThat(approved).flash().containsEntry("success", "The change is approved and published.");
        assertThat(publicSummary()).isEqualTo("Keeps the approved records.");
        assertThat(jdbc.queryForList("select action from audit_event where subject_id = ? and action in"
                        + " ('DESCRIPTION_SUBMITTED', 'DESCRIPTION_APPROVED', 'DESCRIPTION_PUBLISHED') order by id", String.class, id))
                .endsWith("DESCRIPTION_SUBMITTED", "DESCRIPTION_PUBLISHED", "DESCRIPTION_APPROVED");
        assertThat(jdbc.queryForObject("select published_by from description_revision where description_id = ? order by number desc limit 1",
                String.class, id)).isEqualTo("chief");
    }

    @Test
    void whoSubmittedCannotApproveAndAChangeSavedSinceMustBeSubmittedAgain() {
        mvc.post().uri("/editor/descriptions/" + id + "/submit").with(user("chief").roles("ADMIN")).with(csrf())
                .param("version", String.valueOf(version())).exchange();

        MvcTestResult own = mvc.post().uri("/admin/approvals/" + id + "/approve").with(user("chief").roles("ADMIN")).with(csrf())
                .param("overrideReason", "Mine.").exchange();
        jdbc.update("update class_description set version = version + 1 where id = ?", id);
        MvcTestResult changed = mvc.post().uri("/admin/approvals/" + id + "/approve").with(user("other-chief").roles("ADMIN"))
                .with(csrf()).param("overrideReason", "Theirs.").exchange();

        assertThat(own).flash().containsEntry("failure", "You submitted this change: a second person must approve it.");
        assertThat(changed).flash().containsEntry("failure",
                "The description was saved again after it was submitted: it must be submitted again.");
        assertThat(publicSummary()).isEqualTo("Keeps the first records.");
    }

    @Test
    void aReturnedChangeShowsItsCommentToTheEditorsAndPublishesNothing() {
        mvc.post().uri("/editor/descriptions/" + id + "/submit").with(csrf()).param("version", String.valueOf(version())).exchange();

        MvcTestResult returned = mvc.post().uri("/admin/approvals/" + id + "/return").with(user("chief").roles("ADMIN"))
                .with(csrf()).param("comment", "Say which records.").exchange();
        MvcTestResult empty = mvc.post().uri("/admin/approvals/" + id + "/return").with(user("chief").roles("ADMIN"))
                .with(csrf()).param("comment", "").exchange();

        assertThat(returned).flash().containsEntry("success", "The change is returned to its editors with your comment.");
        assertThat(empty).flash().containsEntry("failure", "This change is no longer waiting for approval.");
        Document preview = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview");
        assertThat(preview.selectFirst(".returned").text()).startsWith("Returned by chief").endsWith("Say which records.");
        assertThat(preview.select("form[action$=/submit]")).hasSize(1);
        assertThat(publicSummary()).isEqualTo("Keeps the first records.");
        assertThat(mvc.get().uri("/admin/approvals").with(user("writer").roles("EDITOR"))).hasStatus(403);
    }

    private long version() {
        return jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
    }

    private String publicSummary() {
        return HtmlPages.get(mvc, PAGE).selectFirst("[data-field=summary]").text();
    }
}
