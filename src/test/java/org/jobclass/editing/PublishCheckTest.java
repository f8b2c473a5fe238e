package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aCompleteDescriptionHasNothingToLookAt() {
        var seed = editing.summary(1);

        assertThat(seed.status()).isEqualTo(DescriptionStatus.PUBLISHED);
        assertThat(seed.findings()).extracting(PublishFinding::key).doesNotContain("check.noClassEstablished",
                "check.overtimeNotStated", "check.duplicatedDuty", "check.titleInCapitals", "check.sameSummary");
    }
}
