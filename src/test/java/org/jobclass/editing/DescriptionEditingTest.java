package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditEvent;
import org.jobclass.audit.AuditEventRepository;
import org.jobclass.audit.AuditSubject;
import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** An editor creates, edits, publishes, retires and restores descriptions in the browser's forms. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "ed", roles = "EDITOR")
class DescriptionEditingTest {

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    /** Every request commits, as in production; what the tests made is removed after each. */
    @AfterEach
    void removeFixtures() {
        for (int code = 42; code <= 57; code++) {
            fixtures.deleteEverythingUnder(String.format("%04d", code));
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ClassDescriptionRepository descriptions;

    @Autowired
    AuditEventRepository auditEvents;

    @Test
    void aNewDescriptionIsADraftThatThePublicCannotSeeUntilPublished() {
        long id = create(DescriptionFormRequests.valid("0042", "Laboratory Technician"));

        assertThat(descriptions.findById(id)).get().extracting(ClassDescription::getStatus).isEqualTo(DescriptionStatus.DRAFT);
        assertThat(mvc.get().uri("/classes/0042/laboratory-technician")).hasStatus(404);
        assertThat(HtmlPages.get(mvc, "/classes").text()).doesNotContain("Laboratory Technician");

        publish(id);

        Document page = HtmlPages.get(mvc, "/classes/0042/laboratory-technician");
        assertThat(page.selectFirst("[data-field=code]").text()).isEqualTo("0042");
        assertThat(page.selectFirst("[data-field=summary]").text()).isEqualTo("Maintains the laboratories of the school system.");
        assertThat(page.select("[data-field=duties] li").eachText())
                .containsExactly("Cleans glassware.", "Orders supplies.", "Performs related work as required.");
        assertThat(page.selectFirst("[data-field=overtime-eligible]").text()).isEqualTo("Yes");
        assertThat(page.selectFirst("[data-field=PHYSICAL_DEMANDS]").text()).isEqualTo("Lifting up to 40 pounds.");
    }

    @Test
    void thePreviewShowsTheWorkingCopyExactlyAsThePublicPageWillShowIt() {
        long id = create(DescriptionFormRequests.valid("0052", "Greenhouse Technician"));
        publish(id);
        DescriptionFormRequests.valid("0052", "Greenhouse Technician").set("summary", "Grows plants for science classes.")
                .post(mvc, "/editor/descriptions/" + id, "version", "1");

        Document preview = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview");
        Document published = HtmlPages.get(mvc, "/classes/0052/greenhouse-technician");

        assertThat(preview.selectFirst("article [data-field=summary]").text()).isEqualTo("Grows plants for science classes.");
        assertThat(published.selectFirst("article [data-field=summary]").text())
                .isEqualTo("Maintains the laboratories of the school system.");
        assertThat(preview.select(".breadcrumb li").eachText()).isEqualTo(published.select(".breadcrumb li").eachText());
        assertThat(preview.selectFirst(".sorted-by").text()).isEqualTo(published.selectFirst(".sorted-by").text());
        assertThat(preview.select("article [data-field]").eachAttr("data-field"))
                .isEqualTo(published.select("article [data-field]").eachAttr("data-field"));
        assertThat(preview.selectFirst(".preview-bar").text()).contains("unpublished changes");
    }

    @Test
    void overtimeEligibilityIsYesNoOrNotStatedAndNotStatedShowsTheLabelWithoutAnAnswer() throws Exception {
        MvcTestResult created = DescriptionFormRequests.valid("0057", "Pottery Technician").set("overtimeEligible", "")
                .post(mvc, "/editor/descriptions", "action", "publish");
        assertThat(created).hasStatus(302);
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));

        assertThat(jdbc.queryForObject("select overtime_eligible from class_description where id = ?", Boolean.class, id)).isNull();
        Document page = HtmlPages.get(mvc, "/classes/0057/pottery-technician");
        assertThat(page.selectFirst("[data-field=overtime-eligible]").text()).isEmpty();
        assertThat(mvc.get().uri("/classes/0057/pottery-technician.txt").exchange().getResponse().getContentAsString())
                .contains("OVERTIME ELIGIBLE:\n");

        DescriptionFormRequests.valid("0057", "Pottery Technician").set("overtimeEligible", "false")
                .post(mvc, "/editor/descriptions/" + id, "version", String.valueOf(version(id)));
        assertThat(jdbc.queryForObject("select overtime_eligible from class_description where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void aChangeSavedAndThenUndoneLeavesNoUnpublishedChanges() {
        long id = create(DescriptionFormRequests.valid("0057", "Kiln Technician"));
        publish(id);

        DescriptionFormRequests.valid("0057", "Kiln Technician").set("summary", "Fires the kilns.")
                .post(mvc, "/editor/descriptions/" + id, "version", String.valueOf(version(id)));
        assertThat(unpublishedChanges(id)).isTrue();
        DescriptionFormRequests.valid("0057", "Kiln Technician")
                .post(mvc, "/editor/descriptions/" + id, "version", String.valueOf(version(id)));

        assertThat(unpublishedChanges(id)).isFalse();
        assertThat(HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview").select(".pending")).isEmpty();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
    }

    private boolean unpublishedChanges(long id) {
        return jdbc.queryForObject("select unpublished_changes from class_description where id = ?", Boolean.class, id);
    }

    @Test
    void aRenamedDescriptionsOldAddressLeadsToItsNewOne() {
        long id = create(DescriptionFormRequests.valid("0055", "Weld Technician"));
        publish(id);
        DescriptionFormRequests.valid("0056", "Welding Technician").post(mvc, "/editor/descriptions/" + id, "version", "1");
        publish(id);

        assertThat(mvc.get().uri("/classes/0055/weld-technician")).hasStatus(301)
                .hasRedirectedUrl("/classes/0056/welding-technician");
        assertThat(HtmlPages.get(mvc, "/classes/0056/welding-technician").selectFirst("h1").text()).isEqualTo("Welding Technician");
    }

    @Test
    void savingAndPublishingAtOnceMakesTheDescriptionPublic() {
        MvcTestResult result = DescriptionFormRequests.valid("0043", "Stage Technician").post(mvc, "/editor/descriptions",
                "action", "publish");

        assertThat(result).hasStatus(302);
        assertThat(HtmlPages.get(mvc, "/classes/0043/stage-technician").selectFirst("h1").text()).isEqualTo("Stage Technician");
    }

    @Test
    void editingAPublishedDescriptionChangesThePublicPageOnlyWhenPublished() {
        long id = create(DescriptionFormRequests.valid("0044", "Grounds Technician"));
        publish(id);

        assertThat(DescriptionFormRequests.valid("0044", "Grounds Technician")
                .set("summary", "Keeps the grounds of every school.")
                .duties(List.of("Mows lawns.", "Orders supplies."))
                .post(mvc, "/editor/descriptions/" + id, "version", "1")).hasStatus(302);

        Document before = HtmlPages.get(mvc, "/classes/0044/grounds-technician");
        assertThat(before.selectFirst("[data-field=summary]").text()).isEqualTo("Maintains the laboratories of the school system.");
        assertThat(HtmlPages.get(mvc, "/editor").select("tr:contains(Grounds Technician) .pending").text())
                .isEqualTo("unpublished changes");

        publish(id);

        Document after = HtmlPages.get(mvc, "/classes/0044/grounds-technician");
        assertThat(after.selectFirst("[data-field=summary]").text()).isEqualTo("Keeps the grounds of every school.");
        assertThat(after.select("[data-field=duties] li").eachText()).containsExactly("Mows lawns.", "Orders supplies.");
    }

    @Test
    void missingAndInvalidFieldsAreReportedBesideThemAndEverythingTypedIsKept() {
        long before = descriptions.count();
        MvcTestResult result = DescriptionFormRequests.valid("04A2", "")
                .set("grade", " ")
                .set("months", "13")
                .set("summary", "")
                .set("officialTitle", "")
                .set("knowledgeSkillsAbilities", "Typed text that must survive.")
                .post(mvc, "/editor/descriptions");

        assertThat(result).hasStatusOk();
        Document form = HtmlPages.parse(result);
        assertThat(form.selectFirst("#code-error").text()).isEqualTo("Use digits only, for example 0435.");
        assertThat(form.selectFirst("#workingTitle-error").text()).isEqualTo("Please fill this in.");
        assertThat(form.selectFirst("#officialTitle-error").text()).isEqualTo("Please fill this in.");
        assertThat(form.selectFirst("#grade-error").text()).isEqualTo("Please fill this in.");
        assertThat(form.selectFirst("#months-error").text()).isEqualTo("Enter a number of months from 1 to 12.");
        assertThat(form.selectFirst("#summary-error").text()).isEqualTo("Please fill this in.");
        assertThat(form.selectFirst("#code").attr("value")).isEqualTo("04A2");
        assertThat(form.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#months").attr("value")).isEqualTo("13");
        assertThat(form.selectFirst("#knowledgeSkillsAbilities").text()).isEqualTo("Typed text that must survive.");
        assertThat(descriptions.count()).isEqualTo(before);
        assertThat(duties(form)).containsExactly("Cleans glassware.", "Orders supplies.", "Performs related work as required.");
    }

    @Test
    void monthsThatAreNotANumberAreReportedBesideTheField() {
        Document form = HtmlPages.parse(DescriptionFormRequests.valid("0045", "Pool Technician").set("months", "twelve")
                .post(mvc, "/editor/descriptions"));

        assertThat(form.selectFirst("#months-error").text()).isEqualTo("Enter a number of months from 1 to 12.");
        assertThat(form.selectFirst("#months").attr("value")).isEqualTo("twelve");
    }

    @Test
    void tooLongTextIsReportedWithTheLimit() {
        Document form = HtmlPages.parse(DescriptionFormRequests.valid("0045", "x".repeat(201))
                .post(mvc, "/editor/descriptions"));

        assertThat(form.selectFirst("#workingTitle-error").text()).isEqualTo("This is too long: at most 200 characters.");
    }

    @Test
    void aWorkingTitleIsUniqueUnderItsCodeButMayRepeatUnderAnother() {
        create(DescriptionFormRequests.valid("0046", "Bus Technician"));

        Document refused = HtmlPages.parse(DescriptionFormRequests.valid("0046", "bus technician").post(mvc, "/editor/descriptions"));
        assertThat(refused.selectFirst("#workingTitle-error").text())
                .isEqualTo("Another description under this code already has this working title.");
        assertThat(refused.selectFirst("#workingTitle").attr("value")).isEqualTo("bus technician");

        assertThat(DescriptionFormRequests.valid("0047", "Bus Technician").post(mvc, "/editor/descriptions")).hasStatus(302);
    }

    @Test
    void dutiesAreAddedRemovedAndReorderedWithPlainFormButtons() {
        var form = DescriptionFormRequests.valid("0048", "Boiler Technician").duties(List.of("First.", "Second.", "Third."));

        Document moved = HtmlPages.parse(form.post(mvc, "/editor/descriptions", "moveDutyUp", "2"));
        assertThat(duties(moved)).containsExactly("First.", "Third.", "Second.");

        Document removed = HtmlPages.parse(form.duties(duties(moved)).post(mvc, "/editor/descriptions", "removeDuty", "0"));
        assertThat(duties(removed)).containsExactly("Third.", "Second.");

        Document added = HtmlPages.parse(form.duties(duties(removed)).post(mvc, "/editor/descriptions", "addDuty", "true"));
        assertThat(duties(added)).containsExactly("Third.", "Second.", "");
        assertThat(added.selectFirst("#workingTitle").attr("value")).isEqualTo("Boiler Technician");

        Document down = HtmlPages.parse(form.duties(List.of("Third.", "Second.", "Fourth.")).post(mvc, "/editor/descriptions", "moveDutyDown", "0"));
        assertThat(duties(down)).containsExactly("Second.", "Third.", "Fourth.");

        long id = create(form.duties(List.of("Second.", "Third.", "", "Fourth.")));
        publish(id);
        assertThat(HtmlPages.get(mvc, "/classes/0048/boiler-technician").select("[data-field=duties] li").eachText())
                .containsExactly("Second.", "Third.", "Fourth.");
    }

    @Test
    void aNewWorkingTitleUnderAnExistingCodeStartsFromAChosenDescription() {
        Document form = HtmlPages.get(mvc, "/editor/descriptions/new?basedOn=1");

        assertThat(form.selectFirst("#code").attr("value")).isEqualTo("0435");
        assertThat(form.selectFirst("#officialTitle").attr("value")).isEqualTo("Coordinator");
        assertThat(form.selectFirst("#grade").attr("value")).isEqualTo("N");
        assertThat(form.selectFirst("#workingTitle").attr("value")).isEmpty();
        assertThat(form.select("ol.duties textarea")).hasSize(12);
        assertThat(form.selectFirst("input[name=id]").attr("value")).isEmpty();
    }

    @Test
    void theSecondOfTwoConcurrentSavesOverwritesNothingAndShowsBothVersions() {
        long id = create(DescriptionFormRequests.valid("0049", "Kiln Technician"));

        assertThat(DescriptionFormRequests.valid("0049", "Kiln Technician").set("summary", "First editor's summary.")
                .post(mvc, "/editor/descriptions/" + id, "version", "0")).hasStatus(302);
        MvcTestResult second = DescriptionFormRequests.valid("0049", "Kiln Technician").set("summary", "Second editor's summary.")
                .post(mvc, "/editor/descriptions/" + id, "version", "0");

        assertThat(second).hasStatusOk();
        Document conflict = HtmlPages.parse(second);
        assertThat(conflict.selectFirst("#conflict-heading").text())
                .isEqualTo("Someone else saved this description while you were editing it");
        assertThat(conflict.selectFirst("#summary").text()).isEqualTo("Second editor's summary.");
        assertThat(conflict.selectFirst("#summary ~ .saved-version .text").text()).isEqualTo("First editor's summary.");
        assertThat(conflict.selectFirst("input[name=version]").attr("value")).isEqualTo("1");
        assertThat(descriptions.findById(id)).get().extracting(ClassDescription::getSummary).isEqualTo("First editor's summary.");

        assertThat(DescriptionFormRequests.valid("0049", "Kiln Technician").set("summary", "Merged summary.")
                .post(mvc, "/editor/descriptions/" + id, "version", "1")).hasStatus(302);
        assertThat(descriptions.findById(id)).get().extracting(ClassDescription::getSummary).isEqualTo("Merged summary.");
    }

    @Test
    void selectedDraftsArePublishedTogetherAndPublishedOnesWithoutChangesAreLeftAlone() {
        long first = create(DescriptionFormRequests.valid("0053", "Loom Technician"));
        long second = create(DescriptionFormRequests.valid("0054", "Forge Technician"));

        MvcTestResult result = mvc.post().uri("/editor/descriptions/publish").with(csrf()).param("overrideReason", "Checked by the test").param("confirmed", "true")
                .param("ids", String.valueOf(first), String.valueOf(second), "1").exchange();

        assertThat(result).hasStatus(302).flash().containsEntry("success", "2 descriptions were published.");
        assertThat(HtmlPages.get(mvc, "/classes/0053/loom-technician").selectFirst("h1").text()).isEqualTo("Loom Technician");
        assertThat(HtmlPages.get(mvc, "/classes/0054/forge-technician").selectFirst("h1").text()).isEqualTo("Forge Technician");
        transactions.executeWithoutResult(status ->
                assertThat(descriptions.findById(1L).orElseThrow().getPublishedRevision().getNumber()).isEqualTo(1));
    }

    @Test
    void aRetiredDescriptionLeavesThePublicSiteAndCanBeRestored() {
        long id = create(DescriptionFormRequests.valid("0050", "Sound Technician"));
        publish(id);

        assertThat(mvc.post().uri("/editor/descriptions/" + id + "/retire").with(csrf()).param("confirmed", "true")).hasStatus(302);
        assertThat(mvc.get().uri("/classes/0050/sound-technician")).hasStatus(410);
        assertThat(HtmlPages.get(mvc, "/classes").text()).doesNotContain("Sound Technician");
        assertThat(descriptions.findById(id)).get().extracting(ClassDescription::getStatus).isEqualTo(DescriptionStatus.RETIRED);

        assertThat(mvc.post().uri("/editor/descriptions/" + id + "/restore").with(csrf())).hasStatus(302);
        assertThat(HtmlPages.get(mvc, "/classes/0050/sound-technician").selectFirst("h1").text()).isEqualTo("Sound Technician");
    }

    @Test
    void everyChangeIsAuditedWithWhoAndWhatChangedFieldByField() {
        long id = create(DescriptionFormRequests.valid("0051", "Print Technician"));
        DescriptionFormRequests.valid("0051", "Print Technician").set("grade", "16")
                .duties(List.of("Cleans glassware.", "Runs the press.", "Performs related work as required."))
                .post(mvc, "/editor/descriptions/" + id, "version", "0");
        publish(id);

        transactions.executeWithoutResult(status -> {
            List<AuditEvent> events = auditEvents.findBySubjectTypeAndSubjectIdOrderByIdDesc(AuditSubject.DESCRIPTION, id);
            assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditAction.DESCRIPTION_PUBLISHED,
                    AuditAction.PUBLISH_CHECK_OVERRIDDEN, AuditAction.DESCRIPTION_EDITED, AuditAction.DESCRIPTION_CREATED);
            assertThat(events).extracting(AuditEvent::getActor).containsOnly("ed");
            assertThat(events.get(1).getDetail()).isEqualTo("published despite: noClassEstablished; reason: Checked by the test");
            AuditEvent edit = events.get(2);
            assertThat(edit.getChanges()).extracting(change -> change.getField() + ": " + change.getOldValue() + " -> " + change.getNewValue())
                    .containsExactly("grade: 15 -> 16", "duty 2: Orders supplies. -> Runs the press.");
            assertThat(events.get(3).getChanges()).extracting(change -> change.getField())
                    .contains("code", "workingTitle", "summary", "duty 1", "duty 3");
        });
    }

    private long create(DescriptionFormRequests form) {
        MvcTestResult result = form.post(mvc, "/editor/descriptions");
        assertThat(result).hasStatus(302);
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/editor/descriptions/(\\d+)/preview$", "$1"));
    }

    private void publish(long id) {
        long version = descriptions.findById(id).orElseThrow().getVersion();
        assertThat(mvc.post().uri("/editor/descriptions/" + id + "/publish")
                .with(csrf()).param("overrideReason", "Checked by the test")
                .param("version", String.valueOf(version))).hasStatus(302);
    }

    private static List<String> duties(Document form) {
        return form.select("ol.duties textarea").stream().map(textarea -> textarea.text()).toList();
    }
}
