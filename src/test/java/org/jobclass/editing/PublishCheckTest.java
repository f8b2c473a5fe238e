package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Before publishing, the preview says what is worth a look. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "check-editor", roles = "EDITOR")
class PublishCheckTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EditingService editing;

    @Autowired
    CatalogFixtures fixtures;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6691");
    }

    @Test
    void theFindingsOfADraftAreShownOnItsPreview() {
        String sameSummary = editing.summary(1).content().summary();
        long id = editing.create(new DescriptionContent("Official 6691", "6691", null, "CHECKED ROUTE PLANNER", "15", 10,
                sameSummary, Map.of(QualificationKind.SPECIAL_REQUIREMENTS, "Frequent overtime in winter."), false,
                List.of("Plans routes.", "plans  routes.", "Drives."), null, List.of(), null), "check-editor");

        List<String> findings = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview").select(".publish-check li").eachText();

        assertThat(findings).contains(
                "Sections left empty: KNOWLEDGE, SKILLS, AND ABILITIES, EDUCATION, TRAINING, AND EXPERIENCE, CERTIFICATE AND LICENSE REQUIREMENTS, PHYSICAL DEMANDS.",
                "There is no Class Established date (admins set it on the Dates page).",
                "A duty is listed twice: “plans routes.”.",
                "The working title is written in capitals: “CHECKED ROUTE PLANNER”.",
                "OVERTIME ELIGIBLE says No while the special requirements speak of overtime.");
        assertThat(findings).anyMatch(text -> text.startsWith("Its summary is word for word the summary of "));
    }

    @Test
    void publishingDespiteTheFindingsNeedsAReasonThatTheAuditLogKeeps() {
        long id = editing.create(CatalogFixtures.content("6691", "Checked Clerk", "Keeps checked records."), "check-editor");
        long version = editing.summary(id).version();

        var refused = mvc.post().uri("/editor/descriptions/" + id + "/publish").with(csrf()).param("version", String.valueOf(version))
                .exchange();
        var leftOut = mvc.post().uri("/editor/descriptions/publish").with(csrf()).param("confirmed", "true").param("ids", String.valueOf(id)).exchange();
        var published = mvc.post().uri("/editor/descriptions/" + id + "/publish").with(csrf())
                .param("version", String.valueOf(version)).param("overrideReason", "Dates follow from the admins.").exchange();

        assertThat(refused).flash().containsEntry("failure", "The check before publishing found things to look at: nothing was"
                + " published. Look at them on the preview, and give a reason to publish as it is.");
        assertThat(leftOut).flash().containsEntry("success", "Nothing was published.");
        assertThat(leftOut).flash().containsKey("findingsOfSelection");
        assertThat(published).flash().containsEntry("success", "The description is published.");
        assertThat(jdbc.queryForObject("select status from class_description where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'PUBLISH_CHECK_OVERRIDDEN' and subject_id = ?",
                String.class, id)).isEqualTo("published despite: emptySections, noClassEstablished; reason: Dates follow from the admins.");
    }

    @Test
    @WithMockUser(username = "check-admin", roles = "ADMIN")
    void aCompleteDescriptionPublishesWithoutAReason() {
        DescriptionContent content = CatalogFixtures.content("6691", "Complete Clerk", "Keeps complete records.");
        long id = editing.create(new DescriptionContent(content.officialTitle(), content.code(), content.sqOq(),
                content.workingTitle(), content.grade(), content.months(), content.summary(),
                Map.of(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES, "Knowledge.", QualificationKind.EDUCATION_TRAINING_EXPERIENCE,
                        "Diploma.", QualificationKind.CERTIFICATE_LICENSE, "None.", QualificationKind.PHYSICAL_DEMANDS, "None.",
                        QualificationKind.SPECIAL_REQUIREMENTS, "None."),
                true, content.duties(), null, List.of(), null), "check-admin");
        dates.setClassEstablished(id, java.time.YearMonth.of(2020, 1), "check-admin");

        editing.publish(id, editing.summary(id).version(), null, PublishConfirmation.NONE, "check-editor");

        assertThat(jdbc.queryForObject("select status from class_description where id = ?", String.class, id)).isEqualTo("PUBLISHED");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ClassDatesService dates;

    @Test
    void aCompleteDescriptionHasNothingToLookAt() {
        var seed = editing.summary(1);

        assertThat(seed.status()).isEqualTo(DescriptionStatus.PUBLISHED);
        assertThat(seed.findings()).extracting(PublishFinding::key).doesNotContain("check.noClassEstablished",
                "check.overtimeNotStated", "check.duplicatedDuty", "check.titleInCapitals", "check.sameSummary");
    }
}
